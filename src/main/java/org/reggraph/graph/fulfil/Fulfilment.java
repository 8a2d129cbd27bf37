package org.reggraph.graph.fulfil;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a document carries out a rule-making delegation, and how sure that is: pure functions over what the graph
 * holds (no database), so that the rules are tested table by table. A delegation is an article (or document) of a
 * law or regulation that leaves a rule to an agency (具体办法由国务院规定); a candidate is another document.
 */
public final class Fulfilment {

    private Fulfilment() {
    }

    /**
     * One rule-making delegation: the delegating article and document, the delegated agency, what is left to it;
     * {@code since}: the date of the earliest version of the work in the graph that makes it (same agency and words).
     */
    public record Delegation(String relId, String sourceId, String documentId, String documentTitle, String workKey,
                             LocalDate since, String agency, String agencyLevel, boolean generic,
                             Set<String> agencyParents, Set<String> successors, Set<String> holders,
                             String what, String surface, String context) {
    }

    /** A document that may implement delegations: its title, date, issuers and legal bases. */
    public record Candidate(String id, String title, String workKey, String level, LocalDate date,
                            Set<String> issuers, Set<String> issuerParents, Set<String> basisWorks,
                            Set<String> citedWorks, Set<String> citedSources, List<String> delegationSurfaces) {
    }

    /** The signals found, in the order of their weight. */
    public enum Signal {
        /** The candidate's legal basis or a citation names the delegating article itself. */
        BASIS_ARTICLE(0.45, "basis:article"),
        /** The candidate is based on the delegating law or regulation (根据《X法》制定本条例). */
        BASIS_LAW(0.30, "basis:law"),
        /** It cites the delegating law or regulation (without calling it its basis). */
        CITES_LAW(0.15, "cites:law"),
        /** Its title is the law's implementing text (《X法实施条例》, 实施细则, 实施办法). */
        TITLE_LAW(0.30, "title:law"),
        /** Its title names the delegated subject (排污许可的具体办法 → 排污许可管理条例). */
        SUBJECT_TITLE(0.30, "subject:title"),
        /** The delegating article speaks of what its title names (国家建立矿产资源储量管理制度，具体办法由国务院制定). */
        SUBJECT_ARTICLE(0.20, "subject:article"),
        /** Issued by the delegated body (or its successor, or the holder of the delegated role). */
        ISSUER(0.20, "issuer:delegate"),
        /** Issued by a body within the delegated one (a ministry for 国务院) or above it. */
        ISSUER_RELATED(0.10, "issuer:related"),
        /** Issued on or after the first version of the delegating text that makes this delegation. */
        AFTER(0.05, "date:after");

        final double weight;
        final String evidence;

        Signal(double weight, String evidence) {
            this.weight = weight;
            this.evidence = evidence;
        }

        public String evidence() {
            return evidence;
        }
    }

    /** Delegation status, per delegation edge. */
    public enum Status {
        CARRIED_OUT, CARRIED_OUT_BY_OTHER, CARRIED_OUT_LOWER_RANK, ONWARD_DELEGATION, NOT_CARRIED_OUT,
        /** Delegated to a local body: its implementing texts (local regulations) are not national texts. */
        LOCAL
    }

    /** The least confidence written as a FULFILS link. */
    public static final double THRESHOLD = 0.5;

    /** A scored match of a candidate to a delegation. */
    public record Match(Delegation delegation, Candidate candidate, Set<Signal> signals, double confidence,
                       Status status) {

        public List<String> evidence() {
            return signals.stream().map(Signal::evidence).toList();
        }
    }

    private static final Pattern LOCAL = Pattern.compile(
            "^(?:省|自治区|直辖市|设区的市|县|乡|镇|地方|市|各省|民族自治地方)|(?:省|自治区|直辖市)(?:、|和|及)|地方(?:各级)?人民政府|县级以上|省级");
    private static final Pattern GENERIC_WORDS = Pattern.compile(
            "具体|实施|管理|办法|细则|规定|规则|条例|标准|措施|程序|步骤|条件|范围|目录|名录|的|和|及其|以及|与|等|另行|其他|有关|相关|前款|本款|本条|第.{1,4}款|上述|依照|本法|本条例");
    private static final Pattern WHOLE_LAW = Pattern.compile("实施(?:细则|条例|办法)");
    private static final Pattern AMENDING = Pattern.compile("修改|修正|废止|决定$|批复|通知$");

    /** Whether the delegate is a local body, whose implementing rules a national corpus does not hold. */
    public static boolean local(String agency, String level) {
        return level != null && !level.equals("国家") || agency != null && LOCAL.matcher(agency).find();
    }

    /** The law's title without 中华人民共和国 and a trailing edition: 中华人民共和国土地管理法 → 土地管理法. */
    static String core(String title) {
        if (title == null) {
            return "";
        }
        return title.replaceAll("[《》\\s]", "").replaceFirst("^中华人民共和国", "")
                .replaceFirst("[（(][^（）()]*[）)]$", "");
    }

    /**
     * The delegated subject: the clause before the delegated object and the object's own specific words, without
     * generic words (排污许可的具体办法和实施步骤由国务院规定 → 排污许可; 补偿费标准 → 补偿费). Empty when only generic
     * words remain (具体办法由国务院制定).
     */
    static String subject(String what, String surface) {
        StringBuilder s = new StringBuilder();
        if (surface != null && what != null && !what.isEmpty()) {
            int at = surface.indexOf(what);
            if (at > 0) {
                String before = surface.substring(0, at);
                int cut = Math.max(Math.max(before.lastIndexOf('，'), before.lastIndexOf('。')),
                        Math.max(before.lastIndexOf('；'), before.lastIndexOf('：')));
                s.append(before.substring(cut + 1));
            }
        }
        if (what != null) {
            s.append(what);
        }
        return GENERIC_WORDS.matcher(s.toString().replaceAll("[（(][^）)]*[）)]|[，。；、《》“”]", "")).replaceAll("");
    }

    /** Share of the subject's character bigrams found in the text (0 for a subject under two characters). */
    static double overlap(String subject, String text) {
        return overlap(subject, text, "");
    }

    /**
     * Share of the subject's distinctive bigrams (those not in {@code common}: the delegating law's own title, which
     * every text under that law repeats) found in the text; 0 with fewer than two distinctive bigrams.
     */
    static double overlap(String subject, String text, String common) {
        Set<String> grams = bigrams(subject);
        grams.removeAll(bigrams(common));
        if (grams.size() < 2 || text == null) {
            return 0;
        }
        long found = grams.stream().filter(text::contains).count();
        return (double) found / grams.size();
    }

    private static Set<String> bigrams(String s) {
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            grams.add(s.substring(i, i + 2));
        }
        return grams;
    }

    /** The signals of this candidate for this delegation. */
    static Set<Signal> signals(Delegation d, Candidate c) {
        Set<Signal> out = new LinkedHashSet<>();
        if (c.citedSources().contains(d.sourceId())) {
            out.add(Signal.BASIS_ARTICLE);
        }
        if (d.workKey() != null && c.basisWorks().contains(d.workKey())) {
            out.add(Signal.BASIS_LAW);
        } else if (d.workKey() != null && c.citedWorks().contains(d.workKey())) {
            out.add(Signal.CITES_LAW);
        }
        String law = core(d.documentTitle());
        String title = core(c.title());
        if (law.length() >= 2 && title.startsWith(law) && title.substring(law.length()).startsWith("实施")) {
            out.add(Signal.TITLE_LAW);
        }
        String subject = subject(d.what(), d.surface());
        if (overlap(subject, title, law) >= 0.6) {
            out.add(Signal.SUBJECT_TITLE);
        } else if (overlap(topic(c.title()), paragraph(d), law) >= 0.6) {
            out.add(Signal.SUBJECT_ARTICLE);
        }
        if (issuedByDelegate(d, c)) {
            out.add(Signal.ISSUER);
        } else if (issuerRelated(d, c)) {
            out.add(Signal.ISSUER_RELATED);
        }
        if (d.since() != null && c.date() != null && !c.date().isBefore(d.since())) {
            out.add(Signal.AFTER);
        }
        return out;
    }

    /** The paragraph of the delegating article that holds the delegation (the sentence alone without the article). */
    static String paragraph(Delegation d) {
        String surface = d.surface() == null ? "" : d.surface();
        if (d.context() != null) {
            String probe = surface.substring(0, Math.min(8, surface.length()));
            for (String line : d.context().split("\n")) {
                if (line.contains(probe)) {
                    return line;
                }
            }
        }
        return surface;
    }

    /** What a title is about: 中华人民共和国水土保持法实施条例 → 水土保持法; 矿产资源勘查区块登记管理办法 → 矿产资源勘查区块登记. */
    static String topic(String title) {
        return GENERIC_WORDS.matcher(core(title).replaceAll("暂行|试行|中华人民共和国|国务院关于|《|》", "")).replaceAll("");
    }

    /** Whether the delegated subject is specific: words left beside the generic ones and the law's own title. */
    static boolean specific(Delegation d) {
        Set<String> grams = bigrams(subject(d.what(), d.surface()));
        grams.removeAll(bigrams(core(d.documentTitle())));
        return grams.size() >= 2;
    }

    static boolean issuedByDelegate(Delegation d, Candidate c) {
        return c.issuers().contains(d.agency()) || d.successors().stream().anyMatch(c.issuers()::contains)
                || d.holders().stream().anyMatch(c.issuers()::contains);
    }

    /** A body within the delegated one (a ministry for 国务院), or the body the delegate belongs to. */
    static boolean issuerRelated(Delegation d, Candidate c) {
        return c.issuerParents().contains(d.agency()) || d.agencyParents().stream().anyMatch(c.issuers()::contains);
    }

    /**
     * Scores a candidate; null unless it is a link: a legal basis or an implementing title, a subject that agrees,
     * not older than the first version in the graph that makes the delegation (a 1988 rule does not carry out what
     * the 2019 text of a law added) unless its title names the subject or its basis the article, and a confidence of
     * at least {@link #THRESHOLD}.
     */
    public static Match match(Delegation d, Candidate c) {
        if (c.id().equals(d.documentId()) || c.workKey() != null && c.workKey().equals(d.workKey())
                || AMENDING.matcher(core(c.title())).find()) {
            return null;
        }
        Set<Signal> s = signals(d, c);
        if (d.since() != null && c.date() != null && c.date().isBefore(d.since())
                && !s.contains(Signal.SUBJECT_TITLE) && !s.contains(Signal.BASIS_ARTICLE)) {
            // older than every version in the graph that makes this delegation: only a title naming the subject, or
            // a basis naming the article, says that an earlier text (not in the graph) made it already
            return null;
        }
        // a mere citation of the law counts only beside a title that names the delegated subject
        boolean basis = s.contains(Signal.BASIS_ARTICLE) || s.contains(Signal.BASIS_LAW) || s.contains(Signal.TITLE_LAW)
                || s.contains(Signal.CITES_LAW) && s.contains(Signal.SUBJECT_TITLE);
        // a specific subject must be named in the title; a generic one (具体办法由国务院制定) by a title that the
        // delegating paragraph speaks of; the law's implementing rules (本法实施细则由国务院制定) by its 实施细则
        boolean agrees = s.contains(Signal.BASIS_ARTICLE) || s.contains(Signal.SUBJECT_TITLE)
                || !specific(d) && s.contains(Signal.SUBJECT_ARTICLE)
                || s.contains(Signal.TITLE_LAW) && WHOLE_LAW.matcher(String.valueOf(d.what())).find();
        if (!basis || !agrees) {
            return null;
        }
        double confidence = Math.min(1.0, s.stream().mapToDouble(x -> x.weight).sum());
        if (confidence < THRESHOLD) {
            return null;
        }
        return new Match(d, c, s, Math.round(confidence * 100) / 100.0, status(d, c, s));
    }

    /** The status a link gives its delegation. */
    static Status status(Delegation d, Candidate c, Set<Signal> s) {
        if (onward(d, c)) {
            return Status.ONWARD_DELEGATION;
        }
        if (s.contains(Signal.ISSUER)) {
            return Status.CARRIED_OUT;
        }
        return c.issuerParents().contains(d.agency()) ? Status.CARRIED_OUT_LOWER_RANK : Status.CARRIED_OUT_BY_OTHER;
    }

    /** The implementing text leaves the same subject to a body again (具体办法由…制定 about that subject). */
    static boolean onward(Delegation d, Candidate c) {
        if (!specific(d)) {
            return false;
        }
        String subject = subject(d.what(), d.surface());
        String law = core(d.documentTitle());
        return c.delegationSurfaces().stream().anyMatch(x -> overlap(subject, x, law) >= 0.8);
    }

    /** Status of a delegation from its links: the most confident link decides; none: not carried out or local. */
    public static Status status(Delegation d, List<Match> links) {
        Match best = null;
        for (Match m : links) {
            if (best == null || m.confidence() > best.confidence()
                    || m.confidence() == best.confidence() && rank(m.status()) < rank(best.status())) {
                best = m;
            }
        }
        if (best != null) {
            return best.status();
        }
        return local(d.agency(), d.agencyLevel()) ? Status.LOCAL : Status.NOT_CARRIED_OUT;
    }

    private static int rank(Status s) {
        return s.ordinal();
    }

    /** All links of one delegation among the candidates, best first. */
    public static List<Match> links(Delegation d, Iterable<Candidate> candidates) {
        List<Match> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Candidate c : candidates) {
            Match m = match(d, c);
            if (m != null && seen.add(c.id())) {
                out.add(m);
            }
        }
        out.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
        return out;
    }
}
