package org.reggraph.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The vocabulary the extraction stages share, read from the resource files beside this class
 * ({@code org/reggraph/extract/lexicon/*.txt}): regex fragments for numerals, dates and CJK text, and the word lists
 * of document kinds and agency name endings. Stages build their patterns from these instead of retyping them.
 */
public final class Lexicon {

    private static final Map<String, String> FRAGMENTS = fragments();

    /** A CJK ideograph. */
    public static final String CJK = fragment("cjk");
    /** A digit of an article number (第十二条, 第12条). */
    public static final String ARTICLE_NUMERAL = fragment("article-numeral");
    /** A digit of a clause, item or list number (第三款, （二）, 第二次). */
    public static final String SMALL_NUMERAL = fragment("small-numeral");
    /** One part of a date, digits or Chinese; a capturing group. */
    public static final String DATE_NUMBER = fragment("date-number");
    /** A date as document headers write it; groups year, month, day. */
    public static final String HEADER_DATE = fragment("header-date");
    /** A date in digits without groups: 2021年7月19日. */
    public static final String DIGIT_DATE = fragment("digit-date");
    /** The text itself as its enacting formula names it: 本法, 本条例, 本实施办法 …. */
    public static final String THIS_TEXT = fragment("this-text");
    /** The text itself as a basis or a source of powers (根据本条例, 依照本法的授权): 本 and a kind of law. */
    public static final String THIS_LAW = fragment("this-law");

    /** Kinds a title can end with, longer first. */
    public static final List<String> TITLE_KINDS = words("title-kinds.txt");
    /** The document kinds of the graph model. */
    public static final Set<String> MODEL_KINDS = Set.copyOf(words("model-kinds.txt"));
    /** Endings of a 《》 title that names a legal or policy document. */
    public static final List<String> DOCUMENT_KINDS = words("document-kinds.txt");
    /** Endings of a 《》 title that names a form, certificate, report or programme. */
    public static final List<String> NON_DOCUMENT_KINDS = words("non-document-kinds.txt");
    /** Endings of an issuing body in a title or signature block. */
    public static final List<String> ISSUER_HEADS = words("issuer-heads.txt");
    /** Endings of an agency's name: the agency a duty or delegation sentence names. */
    public static final List<String> AGENCY_HEADS = words("agency-heads.txt");
    /** Verbs after 由X that make X the acting agency (besides 负责). */
    public static final List<String> BY_VERBS = words("by-verbs.txt");
    /** Endings of a clean agency name: {@link #AGENCY_HEADS} and a few bodies that never act in a duty sentence. */
    public static final List<String> AGENCY_NAME_HEADS = Stream.concat(AGENCY_HEADS.stream(),
            words("agency-name-heads.txt").stream()).toList();

    private Lexicon() {
    }

    /**
     * The characters of {@code chars} as a table indexed by character: a scan that asks at every offset of a document
     * whether a character is one of a few pays one array read instead of an {@code indexOf} over the set.
     */
    public static boolean[] charTable(String chars) {
        boolean[] table = new boolean[Character.MAX_VALUE + 1];
        chars.chars().forEach(c -> table[c] = true);
        return table;
    }

    /**
     * The words as a non-capturing alternation, in list order: (?:a|b|c), behind a lookahead for their first
     * characters, (?=[abc])(?:…): the same matches, but a position where none can start fails on one character test
     * instead of one per word (names are scanned for agency heads at every offset).
     */
    public static String anyOf(List<String> words) {
        StringBuilder first = new StringBuilder();
        for (String w : words) {
            first.append(w.charAt(0));
        }
        return "(?=" + charClass(first.toString()) + ")(?:" + String.join("|", words) + ")";
    }

    /** Members at most this many are a flat class: a chain of tests no longer than the ranges that would split it. */
    private static final int FLAT_CLASS = 4;

    /**
     * A character class of {@code chars} that java.util.regex tests in about 4·log2(n) steps instead of n. It builds a class
     * above U+00FF as a chain of one predicate per character, and a miss (the usual case: the class is a lookahead
     * tried at every offset) runs the whole chain; here the characters, sorted, are split in halves, each behind the range
     * it spans ({@code [[一-中&&[…]][书-龙&&[…]]]}), so a test descends one half. The same characters match.
     */
    public static String charClass(String chars) {
        StringBuilder flat = new StringBuilder();
        List<Character> wide = new ArrayList<>();
        chars.chars().distinct().sorted().forEach(c -> {
            if (c < 0x2E80) {
                flat.append("\\^-[]&".indexOf(c) >= 0 ? "\\" : "").append((char) c); // a bitmap below U+0100; special inside a class
            } else {
                wide.add((char) c);
            }
        });
        return "[" + flat + halves(wide) + "]";
    }

    private static String halves(List<Character> sorted) {
        if (sorted.size() <= FLAT_CLASS) {
            StringBuilder b = new StringBuilder();
            sorted.forEach(b::append);
            return b.toString();
        }
        int mid = sorted.size() / 2;
        return spanned(sorted.subList(0, mid)) + spanned(sorted.subList(mid, sorted.size()));
    }

    private static String spanned(List<Character> sorted) {
        return "[" + sorted.get(0) + "-" + sorted.get(sorted.size() - 1) + "&&[" + halves(sorted) + "]]";
    }

    /** A resource file of the lexicon (UTF-8). */
    public static InputStream open(String name) {
        InputStream in = Lexicon.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("lexicon resource missing: " + name);
        }
        return in;
    }

    /** The non-blank, non-comment lines of a lexicon file, trimmed, in order. */
    public static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> words(String name) {
        return List.copyOf(lines(name));
    }

    private static Map<String, String> fragments() {
        Map<String, String> out = new HashMap<>();
        for (String line : lines("fragments.txt")) {
            int tab = line.indexOf('\t');
            out.put(line.substring(0, tab), line.substring(tab + 1));
        }
        return out;
    }

    private static String fragment(String name) {
        String f = FRAGMENTS.get(name);
        if (f == null) {
            throw new IllegalStateException("lexicon fragment missing: " + name);
        }
        return f;
    }
}
