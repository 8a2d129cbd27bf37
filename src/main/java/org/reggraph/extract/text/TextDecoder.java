package org.reggraph.extract.text;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the bytes of a text file into a string: UTF-8 (with or without BOM), UTF-16 (BOM, or LE/BE told apart by
 * which reading gives text), GB18030/GBK and what juniversalchardet detects. A few invalid bytes are replaced with
 * U+FFFD and reported as a warning; a reading that needs more replacements than that is a wrong guess, not text, so
 * binary data and undecodable text are rejected with a reason.
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    /** UTF-16 without a BOM is judged on this many leading bytes. */
    private static final int SAMPLE = 1 << 16;

    /** Decoded text, the charset used and non-fatal warnings (replaced bytes, a truncated last character). */
    public record Decoded(String text, Charset charset, List<String> warnings) {
    }

    /** The input is not text this decoder can read; the message says why. */
    public static final class UndecodableException extends Exception {
        public UndecodableException(String message) {
            super(message);
        }
    }

    /** A lenient reading: the text, how many malformed sequences became U+FFFD, and where the first one was. */
    private record Reading(String text, Charset charset, int errors, int firstError) {
    }

    public Decoded decode(byte[] bytes) throws UndecodableException {
        if (bytes.length == 0) {
            throw new UndecodableException("empty file");
        }
        Charset bom = bom(bytes);
        if (bom != null) {
            int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
            return accept(read(bytes, skip, bytes.length, bom), bytes.length, List.of());
        }
        boolean nul = indexOf(bytes, (byte) 0) >= 0;
        Reading utf8 = nul ? null : utf8(bytes);
        if (utf8 != null && utf8.errors() == 0) {
            return new Decoded(utf8.text(), StandardCharsets.UTF_8, tailWarning(bytes));
        }
        Reading utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return accept(utf16, bytes.length, List.of());
        }
        if (nul || looksBinary(bytes)) {
            throw new UndecodableException("binary file (NUL or control bytes), not text");
        }
        if (few(utf8.errors(), bytes.length) && plausible(utf8.text())) {
            return accept(utf8, bytes.length, tailWarning(bytes));
        }
        return legacy(bytes);
    }

    /**
     * Not UTF-8: mainland government texts are then GBK/GB18030. A detector's guess on short Chinese text (Shift_JIS,
     * EUC-KR …) is less reliable, so it is tried first only when it names a traditional-Chinese set.
     */
    private Decoded legacy(byte[] bytes) throws UndecodableException {
        Charset guess = charset(detect(bytes));
        List<Charset> order = new ArrayList<>();
        if (guess != null && guess.name().toUpperCase(Locale.ROOT).contains("BIG5")) {
            order.add(guess);
        }
        order.add(GB18030);
        if (guess != null && !order.contains(guess) && !guess.equals(StandardCharsets.UTF_8)) {
            order.add(guess);
        }
        Reading best = null;
        for (Charset cs : order) {
            Reading r = read(bytes, 0, bytes.length, cs);
            if (plausible(r.text()) && (best == null || r.errors() < best.errors())) {
                best = r;
            }
        }
        if (best == null || !few(best.errors(), bytes.length)) {
            throw new UndecodableException("not valid UTF-8, UTF-16 or GB18030 text");
        }
        return accept(best, bytes.length, List.of());
    }

    private static Decoded accept(Reading r, int length, List<String> warnings) throws UndecodableException {
        if (!few(r.errors(), length)) {
            throw new UndecodableException("invalid " + r.charset().name() + " text (" + r.errors()
                    + " malformed sequences)");
        }
        List<String> all = new ArrayList<>(warnings);
        if (r.errors() > 0) {
            all.add(r.errors() + " invalid byte sequence(s) replaced with U+FFFD (first at byte " + r.firstError()
                    + "); read as " + r.charset().name());
        }
        return new Decoded(r.text(), r.charset(), List.copyOf(all));
    }

    /** "A few": one bad sequence in any file, else at most one per 200 bytes. */
    private static boolean few(int errors, int length) {
        return errors <= Math.max(1, length / 200);
    }

    /** UTF-8 without the incomplete character a cut file may end with (that one is dropped with a warning). */
    private static Reading utf8(byte[] bytes) {
        int to = bytes.length - incompleteUtf8Tail(bytes);
        // well-formed input (nearly every file) through String's decoder, which is fast from the start of a run; any
        // U+FFFD (a replacement, or one written in the text) sends the bytes to the decoder that counts errors
        String text = new String(bytes, 0, to, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return new Reading(text, StandardCharsets.UTF_8, 0, -1);
        }
        return read(bytes, 0, to, StandardCharsets.UTF_8);
    }

    private static List<String> tailWarning(byte[] bytes) {
        int cut = incompleteUtf8Tail(bytes);
        return cut == 0 ? List.of()
                : List.of("truncated UTF-8: the last " + cut + " byte(s) are an incomplete character and were dropped");
    }

    /** Decodes {@code bytes[from, to)}, replacing each malformed or unmappable sequence with U+FFFD and counting it. */
    private static Reading read(byte[] bytes, int from, int to, Charset cs) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (to - from) + 16L));
        int errors = 0;
        int first = -1;
        for (CoderResult result = decoder.decode(in, out, true); !result.isUnderflow();
             result = decoder.decode(in, out, true)) {
            if (result.isOverflow() || out.remaining() == 0) {
                out = CharBuffer.allocate(out.capacity() * 2).put(out.flip());
                continue;
            }
            errors++;
            first = first < 0 ? in.position() : first;
            out.put('\uFFFD');
            // Java's UTF-16 decoder reports a lone high surrogate together with the unit after it: keep that unit
            boolean utf16 = cs.equals(StandardCharsets.UTF_16LE) || cs.equals(StandardCharsets.UTF_16BE);
            in.position(in.position() + (utf16 ? Math.min(2, result.length()) : result.length()));
        }
        decoder.flush(out);
        return new Reading(out.flip().toString(), cs, errors, first);
    }

    private static Charset bom(byte[] b) {
        int n = b.length;
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /**
     * UTF-16 without a BOM: the byte order whose reading of the first 64 KB is text (see {@link #textShare}); a
     * text in the other order, or in UTF-8 or GBK read as UTF-16, is mostly rare scripts, private use or
     * surrogates. Neither detector library judges BOM-less UTF-16 of CJK text, hence this test.
     */
    private static Reading utf16WithoutBom(byte[] bytes) {
        int sample = Math.min(bytes.length, SAMPLE) & ~1;
        if (sample < 4) {
            return null;
        }
        Charset best = null;
        double bestShare = 0;
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            double share = textShare(read(bytes, 0, sample, cs).text());
            if (share > bestShare) {
                best = cs;
                bestShare = share;
            }
        }
        return bestShare >= 0.95 ? read(bytes, 0, bytes.length, best) : null;
    }

    /**
     * Share of characters that Chinese regulation text is made of: printable ASCII, tab and line breaks, CJK
     * ideographs and punctuation, full-width forms, general punctuation. An ASCII file read as UTF-16 has no line
     * breaks (its newline bytes pair with their neighbours), so a sample of several lines without one is not text.
     */
    static double textShare(String s) {
        int n = s.length();
        if (n == 0) {
            return 0;
        }
        int good = 0;
        boolean lineBreak = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            lineBreak |= c == '\n';
            if ((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t' || (c >= 0x4E00 && c <= 0x9FFF)
                    || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                    || (c >= 0x2000 && c <= 0x206F)) {
                good++;
            }
        }
        return lineBreak || n < 200 ? (double) good / n : 0;
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

    private static int indexOf(byte[] b, byte value) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
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
        d.handleData(bytes, 0, Math.min(bytes.length, SAMPLE));
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
