package org.reggraph.extract.lexicon;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates written the Chinese way (2021年7月19日, 二〇二一年七月十九日), found in squeezed text (no spaces). */
public final class Dates {

    private static final String NUM = Lexicon.DATE_NUMBER;
    /** A full date; group 1 year, 2 month, 3 day. */
    public static final Pattern DATE = Pattern.compile(NUM + "年" + NUM + "月" + NUM + "日");
    private static final Pattern DATE_LINE = Pattern.compile("^[（(]?" + NUM + "年" + NUM + "月" + NUM + "日[）)]?$");
    private static final Pattern PAREN_DATE_LINE = Pattern.compile("^[（(]" + NUM + "年" + NUM + "月" + NUM + "日[）)]$");

    private Dates() {
    }

    /** The date at the matcher's current match, or null when it is not a real calendar date. */
    public static LocalDate of(Matcher m) {
        return of(m.group(1), m.group(2), m.group(3));
    }

    public static LocalDate of(String y, String mo, String d) {
        int year = ChineseNumbers.parse(y);
        int month = ChineseNumbers.parse(mo);
        int day = ChineseNumbers.parse(d);
        if (year < 1900 || year > 2100) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The last date in a squeezed text, or null. */
    public static LocalDate last(String squeezed) {
        Matcher m = DATE.matcher(squeezed);
        LocalDate last = null;
        while (m.find()) {
            LocalDate d = of(m);
            if (d != null) {
                last = d;
            }
        }
        return last;
    }

    /** The first date in a squeezed text, or null. */
    public static LocalDate first(String squeezed) {
        Matcher m = DATE.matcher(squeezed);
        while (m.find()) {
            LocalDate d = of(m);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** A line that is only a date, possibly in parentheses: a signature or header date. */
    public static LocalDate dateLine(String squeezed) {
        if (squeezed.length() > 16 || squeezed.isEmpty()) {
            return null;
        }
        Matcher m = DATE_LINE.matcher(squeezed);
        return m.matches() ? of(m) : null;
    }

    public static boolean isParenDateLine(String squeezed) {
        return squeezed.length() <= 16 && PAREN_DATE_LINE.matcher(squeezed).matches();
    }
}
