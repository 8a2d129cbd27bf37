package org.reggraph.extract.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The characters an alternation of regexes (a lexicon file's lines) can begin a match with, to try it only where one
 * stands: java.util.regex tries every alternative at every offset, one chain of calls each, and a character class of many
 * CJK characters is a chain of one call per character, so a lookahead for them is no cheaper (a class is a bitmap only
 * below U+0100). The characters are read from each regex's syntax (literals, simple classes, groups, optional parts,
 * lookarounds); a regex whose first character cannot be read so (a {@code .}, a negated class, an escape, a part that can
 * match nothing) is tried everywhere, so the finder finds what the plain alternation does.
 */
public final class FirstChars {

    private FirstChars() {
    }

    /**
     * A finder of the regexes {@code a|b|c} in a string: where a and b can only begin with the characters listed, each is
     * tried only where one of its characters stands (a table lookup per character, then the alternation of the regexes that
     * can begin with that character), c everywhere. It answers yes or no, as
     * {@code Pattern.compile("a|b|c").matcher(s).find()} would.
     */
    public static Predicate<String> finder(List<String> regexes) {
        Map<Character, List<String>> byFirst = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String re : regexes) {
            String chars = of(re);
            if (chars == null) {
                unknown.add(re);
            } else {
                chars.chars().distinct().forEach(c -> byFirst.computeIfAbsent((char) c, k -> new ArrayList<>()).add(re));
            }
        }
        Pattern[] at = new Pattern[Character.MAX_VALUE + 1];
        byFirst.forEach((c, res) -> at[c] = Pattern.compile(String.join("|", res)));
        Pattern anywhere = unknown.isEmpty() ? null : Pattern.compile(String.join("|", unknown));
        return s -> {
            for (int k = 0; k < s.length(); k++) {
                Pattern p = at[s.charAt(k)];
                if (p != null && LeadScan.of(p, s).region(k, s.length()).lookingAt()) {
                    return true;
                }
            }
            return anywhere != null && anywhere.matcher(s).find();
        };
    }

    /** The characters a match of {@code regex} can begin with, or null when the syntax does not say (or it can match nothing). */
    static String of(String regex) {
        Parser p = new Parser(regex);
        Result r = p.alternation();
        return r == null || r.chars == null || r.nullable || p.at != regex.length() ? null : r.chars;
    }

    /**
     * What a part of a regex can begin with ({@code chars}, null for any character) and whether it can match the empty
     * string.
     */
    private record Result(String chars, boolean nullable) {
        static final Result EMPTY = new Result("", true);
        static final Result ANY = new Result(null, false);
    }

    /** A recursive reading of the regex syntax the lexicon files use; null for what it cannot read at all. */
    private static final class Parser {
        private final String re;
        private int at;

        Parser(String re) {
            this.re = re;
        }

        /** Alternatives up to a closing parenthesis or the end. */
        Result alternation() {
            String chars = "";
            boolean nullable = false;
            while (true) {
                Result seq = sequence();
                if (seq == null) {
                    return null;
                }
                chars = chars == null || seq.chars == null ? null : chars + seq.chars;
                nullable |= seq.nullable;
                if (at < re.length() && re.charAt(at) == '|') {
                    at++;
                    continue;
                }
                return new Result(chars, nullable);
            }
        }

        /** A run of atoms: the first characters of each until one that cannot be empty. */
        private Result sequence() {
            String chars = "";
            boolean nullable = true;
            while (at < re.length() && re.charAt(at) != '|' && re.charAt(at) != ')') {
                Result atom = atom();
                if (atom == null) {
                    return null;
                }
                boolean optional = quantifier();
                if (nullable) {
                    chars = chars == null || atom.chars == null ? null : chars + atom.chars;
                    nullable = atom.nullable || optional;
                }
            }
            return new Result(chars, nullable);
        }

        private Result atom() {
            char c = re.charAt(at++);
            switch (c) {
                case '^', '$':
                    return Result.EMPTY;
                case '(':
                    return group();
                case '[':
                    return charClass();
                case '.':
                    return Result.ANY;
                case '\\':
                    return escape();
                case '*', '+', '?', '{', '}', ']':
                    return null;
                default:
                    return new Result(String.valueOf(c), false);
            }
        }

        /** An escape after its backslash: a punctuation character is itself; a class (\\d, \\s …) or code (\\uXXXX) any. */
        private Result escape() {
            if (at >= re.length()) {
                return null;
            }
            char c = re.charAt(at++);
            if (c == 'u') {
                at += 4;
                return at <= re.length() ? Result.ANY : null;
            }
            return Character.isLetterOrDigit(c) ? Result.ANY : new Result(String.valueOf(c), false);
        }

        private Result group() {
            boolean lookaround = false;
            if (re.startsWith("?:", at)) {
                at += 2;
            } else if (re.startsWith("?=", at) || re.startsWith("?!", at)) {
                at += 2;
                lookaround = true;
            } else if (re.startsWith("?<=", at) || re.startsWith("?<!", at)) {
                at += 3;
                lookaround = true;
            } else if (at < re.length() && re.charAt(at) == '?') {
                return null; // flags, named groups, atomic groups
            }
            if (lookaround) {
                return skipToClose() ? Result.EMPTY : null; // consumes nothing: what follows begins the match
            }
            Result inner = alternation();
            if (inner == null || at >= re.length() || re.charAt(at) != ')') {
                return null;
            }
            at++;
            return inner;
        }

        /** Past the parenthesis that closes the group just opened, whatever it holds; false when there is none. */
        private boolean skipToClose() {
            return skipPast('(', ')');
        }

        /** Past the ] that closes the class just opened, nested classes included; false when there is none. */
        private boolean skipClass() {
            if (at < re.length() && re.charAt(at) == '^') {
                at++;
            }
            if (at < re.length() && re.charAt(at) == ']') {
                at++; // a ] first is a literal
            }
            return skipPast('[', ']');
        }

        /** Past the {@code close} that balances an {@code open} just read (escapes skipped; in a group, classes too). */
        private boolean skipPast(char open, char close) {
            int depth = 1;
            while (at < re.length()) {
                char c = re.charAt(at++);
                if (c == '\\') {
                    at++;
                } else if (open == '(' && c == '[') {
                    if (!skipClass()) {
                        return false;
                    }
                } else if (c == open) {
                    depth++;
                } else if (c == close && --depth == 0) {
                    return true;
                }
            }
            return false;
        }

        /** A class of plain characters ([签部]) is those; any other (negated, ranged, nested, escaped) is any character. */
        private Result charClass() {
            int open = at;
            if (!skipClass()) {
                return null;
            }
            String inside = re.substring(open, at - 1);
            boolean plain = !inside.isEmpty() && inside.charAt(0) != '^' && inside.chars().noneMatch(c -> "-[]\\&".indexOf(c) >= 0);
            return plain ? new Result(inside, false) : Result.ANY;
        }

        /** Skips a quantifier after an atom; true when it allows zero repetitions. */
        private boolean quantifier() {
            if (at >= re.length()) {
                return false;
            }
            char c = re.charAt(at);
            boolean optional;
            if (c == '?' || c == '*') {
                at++;
                optional = true;
            } else if (c == '+') {
                at++;
                optional = false;
            } else if (c == '{') {
                int close = re.indexOf('}', at);
                if (close < 0) {
                    return false;
                }
                optional = re.startsWith("{0", at);
                at = close + 1;
            } else {
                return false;
            }
            if (at < re.length() && (re.charAt(at) == '?' || re.charAt(at) == '+')) {
                at++; // lazy or possessive
            }
            return optional;
        }
    }
}
