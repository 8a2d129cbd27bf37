package org.reggraph.extract.document;

import org.reggraph.extract.lexicon.ChineseNumbers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One work the corpus splits into a file per part: {@code 中华人民共和国民法典__总则.md}, {@code …__物权编.md} … {@code …__附则.md},
 * the civil code's 编, whose articles are numbered on from one part to the next. It is read as the one document it was
 * enacted and is cited as (《民法典》第一千一百六十五条 stands in 侵权责任编; 附则's 第一千二百六十条 repeals the laws the code replaced):
 * the parts in the order of their first article, each part's name a heading before its chapters.
 */
public final class WorkParts {

    /** TITLE__PART.ext: a part of the work TITLE. */
    private static final Pattern PART = Pattern.compile("^(.+?)__(.+)\\.([A-Za-z]+)$");
    private static final Pattern FIRST_ARTICLE = Pattern.compile("^第" + StructureParser.NUM + "条");

    private WorkParts() {
    }

    /** The work {@code file} is a part of (its folder, title and extension), or null when its name names no part. */
    public static String work(Path file) {
        if (file.getFileName() == null) {
            return null; // a root
        }
        Matcher m = PART.matcher(file.getFileName().toString());
        return m.matches() ? String.valueOf(file.toAbsolutePath().getParent()) + '/' + m.group(1) + "__*." + m.group(3) : null;
    }

    /** {@code files} in their order with one part per work, the first named: the rest of a work is read with it. */
    public static List<Path> onePerWork(List<Path> files) {
        java.util.Set<String> works = new java.util.HashSet<>();
        return files.stream().filter(f -> work(f) == null || works.add(work(f))).toList();
    }

    /** The name the work's document is read under, {@code TITLE__*.ext}; the file's own name when it is no part. */
    public static String name(Path file) {
        String n = file.getFileName().toString();
        Matcher m = PART.matcher(n);
        return m.matches() ? m.group(1) + "__*." + m.group(3) : n;
    }

    /**
     * The files of the work {@code file} is a part of, sorted by name: the regular files beside it with the same title and
     * extension. {@code file} alone when its name names no part.
     */
    public static List<Path> parts(Path file) throws IOException {
        if (work(file) == null) {
            return List.of(file);
        }
        Matcher m = PART.matcher(file.getFileName().toString());
        Path folder = file.toAbsolutePath().getParent();
        if (!m.matches() || folder == null) {
            return List.of(file);
        }
        String prefix = m.group(1) + "__";
        String suffix = "." + m.group(3);
        try (Stream<Path> list = Files.list(folder)) {
            List<Path> parts = list.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(suffix) && n.length() > prefix.length() + suffix.length()
                        && Files.isRegularFile(p);
            }).sorted().toList();
            return parts.isEmpty() ? List.of(file) : parts;
        }
    }

    /**
     * The parts' texts as one file of the corpus's Markdown format: the first part's header without the part's own
     * {@code # PART} line, then each part's body after a {@code # PART} heading, the parts in the order of their first
     * article. Null when a part is not in that format (no {@code <!-- INFO END -->}): such parts are read one by one.
     */
    public static String merge(List<String> texts) {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Part p = Part.of(texts.get(i), i);
            if (p == null) {
                return null;
            }
            parts.add(p);
        }
        parts.sort(Comparator.comparingInt((Part p) -> p.firstArticle()).thenComparingInt(Part::index));
        StringBuilder out = new StringBuilder();
        Part first = parts.get(0);
        for (String line : first.header) {
            if (!line.strip().equals(first.headingLine())) {
                out.append(line).append('\n');
            }
        }
        out.append(MarkdownLawReader.INFO_END).append('\n');
        for (Part p : parts) {
            if (p.name != null) {
                out.append('\n').append("# ").append(p.name).append('\n');
            }
            p.body.forEach(line -> out.append(line).append('\n'));
        }
        return out.toString();
    }

    /** One part: its header lines (before INFO END), its name (the header's second {@code #} line) and its body. */
    private record Part(List<String> header, String name, List<String> body, int firstArticle, int index) {

        String headingLine() {
            return name == null ? null : "# " + name;
        }

        static Part of(String text, int index) {
            List<String> lines = text.lines().toList();
            int end = -1;
            for (int i = 0; i < lines.size() && i < MarkdownLawReader.INFO_END_REACH; i++) {
                if (lines.get(i).trim().equals(MarkdownLawReader.INFO_END)) {
                    end = i;
                    break;
                }
            }
            if (end < 0) {
                return null;
            }
            List<String> header = lines.subList(0, end);
            List<String> headings = header.stream().filter(l -> l.startsWith("# ")).map(l -> l.substring(2).strip()).toList();
            String name = headings.size() > 1 ? headings.get(1) : null;
            List<String> body = lines.subList(end + 1, lines.size());
            return new Part(header, name, body, firstArticle(body), index);
        }

        private static int firstArticle(List<String> body) {
            for (String line : body) {
                Matcher m = FIRST_ARTICLE.matcher(line.strip());
                if (m.find()) {
                    return ChineseNumbers.parse(m.group(1));
                }
            }
            return Integer.MAX_VALUE; // no article: after those that have one
        }
    }
}
