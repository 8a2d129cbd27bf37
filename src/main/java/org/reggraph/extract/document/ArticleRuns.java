package org.reggraph.extract.document;

import org.reggraph.extract.lexicon.ChineseNumbers;
import org.reggraph.extract.text.CleanLine;
import org.reggraph.extract.text.TextNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Articles run together on one line of a corpus file (飞行基本规则(2007) writes each chapter's articles on one line:
 * …周密组织与实施飞行保障工作。 第一百零五条 各种通信…): each is given a line of its own, with the source line's number, so
 * that {@link StructureParser} finds every article. A split is made only after a finished sentence, before the
 * article that comes next in sequence after the one the line opens with.
 */
final class ArticleRuns {

    private static final Pattern OPENS = Pattern.compile("^第([零〇一二三四五六七八九十百千两\\d]{1,8})条\\s");
    private static final Pattern NEXT = Pattern.compile("(?<=[。；：])\\s+(?=第([零〇一二三四五六七八九十百千两\\d]{1,8})条\\s)");

    private ArticleRuns() {
    }

    static List<CleanLine> split(List<CleanLine> lines) {
        List<CleanLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            CleanLine l = lines.get(i);
            List<CleanLine> parts = l.text().indexOf(" 第", 4) > 0 ? parts(l) : null; // a space and 第: rare inside an article
            if (parts != null && out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            if (out != null) {
                out.addAll(parts != null ? parts : List.of(l));
            }
        }
        return out == null ? lines : out;
    }

    /** The line's articles, one line each; null when it holds one article or none. */
    private static List<CleanLine> parts(CleanLine l) {
        String t = l.text();
        Matcher open = OPENS.matcher(t);
        if (!open.lookingAt()) {
            return null;
        }
        int expected = ChineseNumbers.parse(open.group(1)) + 1;
        List<CleanLine> out = new ArrayList<>();
        int from = 0;
        for (Matcher m = NEXT.matcher(t); m.find(); ) {
            if (ChineseNumbers.parse(m.group(1)) != expected) {
                continue;
            }
            out.add(line(l, t.substring(from, m.start())));
            from = m.end();
            expected++;
        }
        if (out.isEmpty()) {
            return null;
        }
        out.add(line(l, t.substring(from)));
        return out;
    }

    private static CleanLine line(CleanLine source, String text) {
        return new CleanLine(source.number(), text, TextNormalizer.squeeze(text), false);
    }
}
