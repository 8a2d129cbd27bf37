package org.reggraph.extract.lexicon;

/** Chinese numerals as used in article, chapter and date labels (第一百二十三条, 二〇二一年). */
public final class ChineseNumbers {

    private ChineseNumbers() {
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇', '○', 'O' -> 0;
            case '一', '壹' -> 1;
            case '二', '两', '贰' -> 2;
            case '三', '叁' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    /**
     * Parses ASCII digits, positional Chinese digits (二〇二一) or Chinese numbers with units (一百二十三).
     *
     * @return the value, or -1 when the text is not a number
     */
    public static int parse(String s) {
        if (s == null || s.isEmpty() || s.length() > 12) {
            return -1;
        }
        if (s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return s.length() > 9 ? -1 : Integer.parseInt(s);
        }
        boolean hasUnit = s.chars().anyMatch(c -> c == '十' || c == '百' || c == '千' || c == '拾' || c == '佰' || c == '仟');
        if (!hasUnit) { // positional: 二〇二一
            int v = 0;
            for (int i = 0; i < s.length(); i++) {
                int d = digit(s.charAt(i));
                if (d < 0) {
                    return -1;
                }
                v = v * 10 + d;
            }
            return v;
        }
        int total = 0;
        int current = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                current = d;
                continue;
            }
            int unit = switch (c) {
                case '十', '拾' -> 10;
                case '百', '佰' -> 100;
                case '千', '仟' -> 1000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            total += (current == 0 ? 1 : current) * unit;
            current = 0;
        }
        return total + current;
    }
}
