package org.reggraph.extract.text;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of a text file into a string: UTF-8 (with or without BOM), UTF-16 (BOM or NUL pattern),
 * GB18030/GBK and what juniversalchardet detects. Decoding is strict, so a wrong guess fails instead of producing
 * mojibake; binary data and undecodable text are rejected with a reason.
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** Decoded text, the charset used and non-fatal warnings (e.g. a truncated last character). */
    public record Decoded(String text, Charset charset, List<String> warnings) {
    }

    /** The input is not text this decoder can read; the message says why. */
    public static final class UndecodableException extends Exception {
        public UndecodableException(String message) {
            super(message);
        }
    }

    public Decoded decode(byte[] bytes) throws UndecodableException {
        if (bytes.length == 0) {
            throw new UndecodableException("empty file");
        }
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return utf8(bytes, 3);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strictOrFail(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strictOrFail(bytes, 2, StandardCharsets.UTF_16LE);
        }
        Charset utf16 = utf16ByNulPattern(bytes);
        if (utf16 != null) {
            return strictOrFail(bytes, 0, utf16);
        }
        if (looksBinary(bytes)) {
            throw new UndecodableException("binary file (NUL or control bytes), not text");
        }
        try {
            return utf8(bytes, 0);
        } catch (UndecodableException notUtf8) {
            // fall through to the detector and GB18030
        }
        // Mainland government texts that are not UTF-8 are GBK/GB18030; a detector's guess on short Chinese text
        // (Shift_JIS, EUC-KR …) is less reliable, so it is tried first only when it names a traditional-Chinese set.
        String detected = detect(bytes);
        List<Charset> order = new ArrayList<>();
        Charset guess = charset(detected);
        if (guess != null && guess.name().toUpperCase(java.util.Locale.ROOT).contains("BIG5")) {
            order.add(guess);
        }
        order.add(GB18030);
        if (guess != null && !order.contains(guess) && !guess.equals(StandardCharsets.UTF_8)) {
            order.add(guess);
        }
        for (Charset cs : order) {
            try {
                String s = strict(bytes, 0, cs);
                if (plausible(s)) {
                    return new Decoded(s, cs, List.of());
                }
            } catch (CharacterCodingException e) {
                // try the next one
            }
        }
        throw new UndecodableException("not valid UTF-8, UTF-16 or GB18030 text");
    }

    private Decoded utf8(byte[] bytes, int offset) throws UndecodableException {
        try {
            return new Decoded(strict(bytes, offset, StandardCharsets.UTF_8), StandardCharsets.UTF_8, List.of());
        } catch (CharacterCodingException e) {
            // a file cut in the middle of a character: keep the text, drop the partial character, warn
            int cut = incompleteUtf8Tail(bytes);
            if (cut > 0) {
                try {
                    String s = strict(java.util.Arrays.copyOf(bytes, bytes.length - cut), offset, StandardCharsets.UTF_8);
                    List<String> w = new ArrayList<>();
                    w.add("truncated UTF-8: the last " + cut + " byte(s) are an incomplete character and were dropped");
                    return new Decoded(s, StandardCharsets.UTF_8, w);
                } catch (CharacterCodingException again) {
                    // not just a truncated tail
                }
            }
            throw new UndecodableException("invalid UTF-8");
        }
    }

    private static Decoded strictOrFail(byte[] bytes, int offset, Charset cs) throws UndecodableException {
        try {
            return new Decoded(strict(bytes, offset, cs), cs, List.of());
        } catch (CharacterCodingException e) {
            throw new UndecodableException("invalid " + cs.name() + " text");
        }
    }

    private static String strict(byte[] bytes, int offset, Charset cs) throws CharacterCodingException {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = d.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return out.toString();
    }

    /** Bytes at the end that start a UTF-8 sequence the file does not finish (0 when none). */
    static int incompleteUtf8Tail(byte[] b) {
        int n = b.length;
        for (int back = 1; back <= 3 && back <= n; back++) {
            int c = b[n - back] & 0xFF;
            if ((c & 0xC0) == 0x80) {
                continue; // continuation byte, look further back for the lead byte
            }
            int need = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
            return need > back ? back : 0;
        }
        return 0;
    }

    private static Charset utf16ByNulPattern(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenNul++;
            }
            if (b[i + 1] == 0) {
                oddNul++;
            }
        }
        int pairs = n / 2;
        if (oddNul > pairs * 0.3 && evenNul < pairs * 0.02) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul > pairs * 0.3 && oddNul < pairs * 0.02) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
                control++;
            }
        }
        return control > n / 100 + 1;
    }

    private static Charset charset(String name) {
        try {
            return name == null ? null : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String detect(byte[] bytes) {
        UniversalDetector d = new UniversalDetector();
        d.handleData(bytes, 0, Math.min(bytes.length, 1 << 16));
        d.dataEnd();
        return d.getDetectedCharset();
    }

    /** Decoded text should be mostly CJK, ASCII and common punctuation, not private-use or rare symbols. */
    private static boolean plausible(String s) {
        int n = Math.min(s.length(), 20000);
        if (n == 0) {
            return false;
        }
        int good = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                    || (c >= 0x2000 && c <= 0x206F)) {
                good++;
            }
        }
        return good >= n * 0.9;
    }
}
