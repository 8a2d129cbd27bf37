package org.reggraph.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests no HTTP client library would send (malformed URLs, oversized
 * headers, lying Content-Length). A request with a body asks {@code Expect: 100-continue} and sends the body only if
 * the server asks for it, so a test sees whether the server refused before reading.
 */
final class RawHttp {

    /** An answer; {@code bodySent} tells whether the server asked for the request body. */
    record Response(int status, Map<String, String> headers, String body, boolean bodySent) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    /** {@code head}: request line and headers, CRLF-separated, without the final blank line. */
    static Response send(int port, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            String extra = "\r\nHost: localhost\r\nConnection: close"
                           + (body == null ? "" : "\r\nContent-Length: " + body.length + "\r\nExpect: 100-continue");
            out.write((head + extra + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            Response first = read(in, false);
            if (first.status() != 100) {
                return first;
            }
            out.write(body);
            out.flush();
            return read(in, true);
        }
    }

    static Response get(int port, String rawPath) throws IOException {
        return send(port, "GET " + rawPath + " HTTP/1.1", null);
    }

    private static Response read(InputStream in, boolean bodySent) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
        }
        if (status == 100) {
            return new Response(status, headers, "", false);
        }
        byte[] body = "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? dechunk(in) : in.readAllBytes();
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8), bodySent);
    }

    private static byte[] dechunk(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
             size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
            out.write(in.readNBytes(size));
            line(in); // the CRLF after the chunk
        }
        return out.toByteArray();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                break;
            }
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
