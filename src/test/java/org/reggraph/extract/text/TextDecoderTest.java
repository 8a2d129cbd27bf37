package org.reggraph.extract.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reggraph.extract.Extraction;
import org.reggraph.extract.Extractor;
import org.reggraph.extract.RelationStage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Text of the five seeds (import/corpus) encoded every way a regulation file arrives, and broken on purpose. */
class TextDecoderTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset GBK = Charset.forName("GBK");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    /** A title line: no ASCII at all, so its UTF-16 has no NUL byte to give the byte order away. */
    private static final String TITLE = "国务院办公厅关于完善科技成果评价机制的指导意见";

    private final TextDecoder decoder = new TextDecoder();

    /** The first 3 000 characters of each seed: page numbers, 〔〕, full-width punctuation, digits, spaces. */
    static List<String> seeds() {
        try (Stream<Path> files = Files.list(Path.of("import/corpus"))) {
            return files.sorted().map(TextDecoderTest::read).map(s -> s.substring(0, Math.min(3000, s.length())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> encodings() {
        List<Arguments> cases = new ArrayList<>();
        List<String> texts = new ArrayList<>(seeds());
        texts.add(TITLE);
        for (String text : texts) {
            String name = text.strip().lines().findFirst().orElse("").strip();
            cases.add(Arguments.of(name, "UTF-8", text.getBytes(StandardCharsets.UTF_8), text));
            cases.add(Arguments.of(name, "UTF-8", concat(UTF8_BOM, text.getBytes(StandardCharsets.UTF_8)), text));
            cases.add(Arguments.of(name, "UTF-16BE", concat(UTF16BE_BOM, text.getBytes(StandardCharsets.UTF_16BE)), text));
            cases.add(Arguments.of(name, "UTF-16LE", concat(UTF16LE_BOM, text.getBytes(StandardCharsets.UTF_16LE)), text));
            cases.add(Arguments.of(name, "UTF-16LE", text.getBytes(StandardCharsets.UTF_16LE), text));
            cases.add(Arguments.of(name, "UTF-16BE", text.getBytes(StandardCharsets.UTF_16BE), text));
            cases.add(Arguments.of(name, "GB18030", text.getBytes(GB18030), text));
            cases.add(Arguments.of(name, "GB18030", text.getBytes(GBK), text));
        }
        // characters GBK lacks, which GB18030 encodes in four bytes
        String extA = "第一条 䶮（U+4DAE）与𠀀（U+20000）均须依法登记。\n" + TITLE + "\n";
        cases.add(Arguments.of("GB18030 four-byte", "GB18030", extA.getBytes(GB18030), extA));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("encodings")
    void everyEncodingGivesTheSameText(String name, String charset, byte[] bytes, String text) throws Exception {
        TextDecoder.Decoded d = decoder.decode(bytes);
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.charset().name()).isEqualTo(charset);
        assertThat(d.warnings()).isEmpty();
    }

    static Stream<Arguments> damaged() {
        String seed = seeds().get(0);
        byte[] utf8 = seed.getBytes(StandardCharsets.UTF_8);
        byte[] gb = seed.getBytes(GB18030);
        byte[] utf16 = seed.getBytes(StandardCharsets.UTF_16LE);
        byte[] ff = {(byte) 0xFF};
        byte[] loneSurrogate = {0x00, (byte) 0xD8}; // U+D800 little-endian, with no low surrogate after it
        int middle = offset(seed, seed.length() / 2, StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("UTF-8, one 0xFF", insert(utf8, middle, ff), "UTF-8", 1),
                Arguments.of("UTF-8, three 0xFF", insert(insert(insert(utf8, middle, ff),
                        offset(seed, 100, StandardCharsets.UTF_8), ff), offset(seed, 10, StandardCharsets.UTF_8), ff), "UTF-8", 3),
                Arguments.of("UTF-8, a lone continuation byte", insert(utf8, middle, new byte[] {(byte) 0x80}), "UTF-8", 1),
                Arguments.of("GB18030, one 0xFF", insert(gb, offset(seed, seed.length() / 2, GB18030), ff), "GB18030", 1),
                Arguments.of("UTF-16LE without BOM, a lone surrogate",
                        insert(utf16, 2 * (seed.length() / 2), loneSurrogate), "UTF-16LE", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damaged")
    void aFewInvalidBytesAreReplacedAndReported(String name, byte[] bytes, String charset, int replaced) throws Exception {
        TextDecoder.Decoded d = decoder.decode(bytes);
        assertThat(d.charset().name()).isEqualTo(charset);
        assertThat(d.text().chars().filter(c -> c == 0xFFFD).count()).isEqualTo(replaced);
        assertThat(d.text().replace("\uFFFD", "")).isEqualTo(seeds().get(0));
        assertThat(d.warnings()).singleElement().asString()
                .startsWith(replaced + " invalid byte sequence(s) replaced with U+FFFD");
    }

    static Stream<Arguments> notText() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        byte[] ffs = new byte[300];
        Arrays.fill(ffs, (byte) 0xFF);
        ffs[0] = 'a';
        byte[] manyBad = seeds().get(0).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < manyBad.length; i += 50) {
            manyBad[i] = (byte) 0xFF;
        }
        return Stream.of(
                Arguments.of("PNG", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H'},
                        "binary"),
                Arguments.of("ZIP (a DOCX)", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0}, "binary"),
                Arguments.of("random bytes", random, "binary"),
                Arguments.of("0xFF after one letter", ffs, "not valid"),
                Arguments.of("UTF-8 with every 50th byte broken", manyBad, "not valid"),
                Arguments.of("empty", new byte[0], "empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notText")
    void binaryAndBadlyBrokenTextAreStillRefused(String name, byte[] bytes, String reason) {
        assertThatThrownBy(() -> decoder.decode(bytes)).isInstanceOf(TextDecoder.UndecodableException.class)
                .hasMessageContaining(reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damaged")
    void replacedBytesAreAProblemOfThatFileNotARefusal(String name, byte[] bytes) {
        Extraction e = new Extractor(RelationStage.none()).extract(bytes, "damaged.txt");
        assertThat(e.documents()).isNotEmpty();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("damaged.txt");
            assertThat(p.message()).contains("U+FFFD");
        });
    }

    /** The byte offset of character {@code chars} of the text in this encoding (a character boundary). */
    private static int offset(String text, int chars, Charset cs) {
        return text.substring(0, chars).getBytes(cs).length;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] extra) {
        byte[] out = new byte[bytes.length + extra.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(extra, 0, out, at, extra.length);
        System.arraycopy(bytes, at, out, at + extra.length, bytes.length - at);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return insert(b, 0, a);
    }
}
