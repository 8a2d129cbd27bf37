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
                             Set<String> agencyParents, Set<String> successors, List<Holder> holders,
                             String what, String surface, String context) {

        /** The delegating article's label (第十二条) from its id ({@code docId/第十二条}); null for a document. */
        public String article() {
            int at = sourceId == null ? -1 : sourceId.lastIndexOf('/');
            return at < 0 || sourceId.equals(documentId) ? null : sourceId.substring(at + 1);
        }
    }

    /**
     * A concrete body that held a role name (国务院财政部门 → 财政部) over [from, to); null ends are open (a period
     * the table does not bound).
     */
    public record Holder(String agency, LocalDate from, LocalDate to) {

        boolean heldOn(LocalDate date) {
            return date == null || (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
        }
    }

    /**
     * A document that may implement delegations: its title, date, issuers and legal bases; {@code basisArticles}: the
     * articles its legal-basis sentence names (根据《X法》第十二条…制定本办法), as {@code workKey|第十二条};
     * {@code citedSources}: the articles it cites anywhere.
     */
    public record Candidate(String id, String title, String workKey, String level, LocalDate date,
                            Set<String> issuers, Set<String> issuerParents, Set<String> basisWorks,
                            Set<String> basisArticles, Set<String> citedWorks, Set<String> citedSources,
                            List<String> delegationSurfaces) {
    }

    /** The signals found, in the order of their weight. */
    public enum Signal {
        /** The candidate's legal basis names the delegating article itself (根据《X法》第十二条，制定本办法). */
        BASIS_ARTICLE(0.45, "basis:article"),
        /** One of its provisions cites the delegating article (依照《X法》第十二条的规定), not as its basis. */
        CITES_ARTICLE(0.15, "cites:article"),
        /** The candidate is based on the delegating law or regulation (根据《X法》制定本条例). */
        BASIS_LAW(0.30, "basis:law"),
        /** It cites the delegating law or regulation (without calling it its basis). */
        CITES_LAW(0.15, "cites:law"),
        /** Its title is the law's implementing text (《X法实施条例》, 实施细则, 实施办法). */
        TITLE_LAW(0.30, "title:law"),
        /** Its title names the delegated subject (排污许可的具体办法 → 排污许可管理条例). */
        SUBJECT_TITLE(0.30, "subject:title"),
        /** What its title is about is written in the subject (专利代理机构的具体管理办法 → 专利代理条例). */
        SUBJECT_TOPIC(0.30, "subject:topic"),
        /** The delegating article speaks of what its title names (国家建立矿产资源储量管理制度，具体办法由国务院制定). */
        SUBJECT_ARTICLE(0.20, "subject:article"),
        /** Issued by the delegated body (or its successor, or the holder of the delegated role). */
        ISSUER(0.20, "issuer:delegate"),
        /** Issued by a body within the delegated one: a ministry for a delegation to 国务院 (a lower rank). */
        ISSUER_BELOW(0.10, "issuer:below"),
        /** Issued by the body the delegate belongs to: a 国务院 regulation for a delegation to a ministry. */
        ISSUER_ABOVE(0.05, "issuer:above"),
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
            "^(?:省|自治区|直辖市|设区的市|县|乡|镇|地方|市|各省|民族自治地方)|(?:省|自治区|直辖市)(?:、|和|及)|地方(?:各级)?人民政府|县级以上|省级"
                    + "|^(?:军区|军分区|警备区)$"); // the military regions and districts (民兵武器装备管理条例 第七条): local commands
    private static final Pattern LOCAL_PREFIX = Pattern.compile("(?:省|自治区|直辖市|地方|市|县)(?:级)?(?:的)?$");
    private static final Pattern GENERIC_WORDS = Pattern.compile(
            "具体|实施|管理|办法|细则|规定|规则|条例|标准|措施|程序|步骤|条件|范围|目录|名录|的|和|及其|以及|与|等|另行|其他|有关|相关|前款|本款|本条|第.{1,4}款|上述|依照|本法|本条例");
    private static final Pattern WHOLE_LAW = Pattern.compile("实施(?:细则|条例|办法)");
    /** Amending or repealing acts, and texts that make no rule (opinions, notices, replies). */
    private static final Pattern AMENDING = Pattern.compile("修改|修正|废止|决定$|批复|通知$|意见$");
    private static final Pattern MINISTRY = Pattern.compile(
            "^国务院.+|^国家.+(?:部门|机关|机构|委员会)$|^(?!中央|全国).+(?:部|总署|总局|局)$");
    private static final String STATE_COUNCIL = "国务院";

    /** Whether the delegate is a local body, whose implementing rules a national corpus does not hold. */
    public static boolean local(String agency, String level) {
        return level != null && !level.equals("国家") || agency != null && LOCAL.matcher(agency).find();
    }

    /**
     * Also a body the sentence places in the provinces without its name saying so: 省、自治区、直辖市的人民代表大会常务委员会
     *可以根据本法制定实施办法 (the agency is 人民代表大会常务委员会).
     */
    static boolean local(Delegation d) {
        if (local(d.agency(), d.agencyLevel())) {
            return true;
        }
        int at = d.surface() == null || d.agency() == null ? -1 : d.surface().indexOf(d.agency());
        return at > 0 && LOCAL_PREFIX.matcher(d.surface().substring(Math.max(0, at - 12), at)).find();
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
     * generic words (排污许可的具体办法和实施步骤由国务院规定 → 排污许可; 补偿费标准 → 补偿费). When the object follows
     * its topic's clause (港口之间海上旅客运输的旅客人身伤亡，赔偿限额由…制定; …的船舶，其赔偿限额由…) that clause is
     * the topic. Empty when only generic words remain (具体办法由国务院制定).
     */
    static String subject(String what, String surface) {
        String clause = "";
        if (surface != null && what != null && !what.isEmpty()) {
            int at = surface.indexOf(what);
            if (at > 0) {
                String before = surface.substring(0, at);
                int cut = lastStop(before);
                clause = before.substring(cut + 1).replaceFirst("^其", "");
                if (cut > 0 && specificWords(clause).isEmpty() && !specificWords(what).isEmpty()) {
                    String earlier = before.substring(0, cut);
                    clause = earlier.substring(lastStop(earlier) + 1) + clause;
                }
            }
        }
        return specificWords(clause + (what == null ? "" : what));
    }

    private static int lastStop(String s) {
        return Math.max(Math.max(s.lastIndexOf('，'), s.lastIndexOf('。')), Math.max(s.lastIndexOf('；'), s.lastIndexOf('：')));
    }

    private static String specificWords(String s) {
        return GENERIC_WORDS.matcher(s.replaceAll("[（(][^）)]*[）)]|[，。；、《》“”]", "").replace("中华人民共和国", ""))
                .replaceAll("");
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
        // an article number names this article only in a version of the law that stood when the text was made: the
        // 1990 国防计量监督管理条例 is based on 第三十三条 of the 1985 计量法, which is 第三十二条 of the 2018 text
        if (d.workKey() != null && d.article() != null && c.basisArticles().contains(d.workKey() + "|" + d.article())
                && !before(c, d)) {
            out.add(Signal.BASIS_ARTICLE);
        } else if (c.citedSources().contains(d.sourceId())) {
            out.add(Signal.CITES_ARTICLE);
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
        } else if (topicInSubject(c.title(), subject, law) == 2
                || topicInSubject(c.title(), subject, law) == 1 && out.contains(Signal.BASIS_LAW)) {
            out.add(Signal.SUBJECT_TOPIC);
        } else if (overlap(topic(c.title()), paragraph(d), law) >= 0.6 && sharedRun(c.title(), paragraph(d), law) >= 4) {
            out.add(Signal.SUBJECT_ARTICLE);
        }
        if (issuedByDelegate(d, c)) {
            out.add(Signal.ISSUER);
        } else if (c.issuerParents().contains(d.agency())) {
            out.add(Signal.ISSUER_BELOW);
        } else if (d.agencyParents().stream().anyMatch(c.issuers()::contains)
                || ministry(d) && c.issuers().contains(STATE_COUNCIL)) {
            out.add(Signal.ISSUER_ABOVE);
        }
        if (d.since() != null && c.date() != null && !c.date().isBefore(d.since())) {
            out.add(Signal.AFTER);
        }
        return out;
    }

    /**
     * The longest run of the title's characters (without 中华人民共和国, 暂行, 试行) that the paragraph writes too, its
     * punctuation aside, with at least three specific characters and not inside the law's own title: 职工带薪年休假条例
     * and 国家实行带薪年休假制度 share 带薪年休假 (5); 矿山安全标准工作管理办法 and 注册安全工程师 only 安全工 (3).
     */
    static int sharedRun(String title, String paragraph, String law) {
        String a = core(title).replaceAll("暂行|试行|[（）()]", "");
        String b = paragraph == null ? "" : paragraph.replaceAll("[，。；：、《》“”（）()\\s]", "");
        int best = 0;
        int[] prev = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            int[] row = new int[b.length() + 1];
            for (int j = 1; j <= b.length(); j++) {
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    row[j] = prev[j - 1] + 1;
                    String run = a.substring(i - row[j], i);
                    if (run.length() > best && specificWords(run).length() >= 3 && !law.contains(run)) {
                        best = run.length();
                    }
                }
            }
            prev = row;
        }
        return best;
    }

    /**
     * Whether what the title is about, beyond the law's own name, is written in the subject: 2 when whole (专利代理条例
     * in 专利代理机构 of 专利法, 国家赔偿费用管理条例 in 赔偿费用预算与支付 of 国家赔偿法), 1 in part, a run of four or
     * more characters that is two thirds of it (中外合作办学条例 for 境外的组织和个人在中国境内办学和合作办学的办法: counted
     * only beside a legal basis), else 0 (民用机场管理条例 for 军民合用机场).
     */
    static int topicInSubject(String title, String subject, String law) {
        String topic = topic(title);
        String stem = law.replaceFirst("法$", "");
        String rest = stem.length() >= 2 && topic.startsWith(stem) ? topic.substring(stem.length()) : topic;
        if (topic.length() < 4 || rest.length() < 2 || law.contains(topic)) {
            return 0;
        }
        int run = longestRun(rest, subject);
        return run == rest.length() ? 2 : run >= 4 && run * 3 >= rest.length() * 2 ? 1 : 0;
    }

    private static int longestRun(String a, String b) {
        int best = 0;
        for (int i = 0; i < a.length(); i++) {
            for (int j = i + best + 1; j <= a.length() && b.contains(a.substring(i, j)); j++) {
                best = j - i;
            }
        }
        return best;
    }

    private static boolean before(Candidate c, Delegation d) {
        return d.since() != null && c.date() != null && c.date().isBefore(d.since());
    }

    /** A body of the State Council (a ministry, a role name 国务院X主管部门, 国家X管理部门), not the State Council. */
    static boolean ministry(Delegation d) {
        return !STATE_COUNCIL.equals(d.agency())
                && (d.agencyParents().contains(STATE_COUNCIL) || MINISTRY.matcher(d.agency()).find());
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

    /** The delegated body itself, a successor of it, or the body that held the delegated role on the text's date. */
    static boolean issuedByDelegate(Delegation d, Candidate c) {
        return c.issuers().contains(d.agency()) || d.successors().stream().anyMatch(c.issuers()::contains)
                || d.holders().stream().anyMatch(h -> h.heldOn(c.date()) && c.issuers().contains(h.agency()));
    }

    /**
     * Scores a candidate; null unless it is a link. It needs
     * <ul>
     * <li>a basis: its legal basis is the delegating law (or article), or its title is the law's implementing text,
     * or it cites the law (or article) and its title names the delegated subject;</li>
     * <li>a subject that agrees: its basis names the article; or its title names the delegated subject; or the
     * delegate itself made it and cites the article; or, for a generic delegation (具体办法由国务院制定), the delegating
     * paragraph writes what its title names; or, for 本法实施细则由国务院制定, it is the law's 实施细则;</li>
     * <li>a maker that fits: the delegate (its successor, the holder of the role), a body within it (lower rank), the
     * body above a ministry delegate (a 国务院 regulation for a rule left to a ministry) only when its basis names the
     * article, another body only when its title names the subject or its basis the article, a text without a known
     * issuer also when it is the law's implementing text;</li>
     * <li>a text below a law: a later law replaces a delegated rule rather than carrying it out;</li>
     * <li>not older than the first version in the graph that makes the delegation (a 1988 rule does not carry out
     * what the 2019 text of a law added) unless its title names the subject or it is the law's 实施细则 for
     * 本法实施细则由国务院制定;</li>
     * <li>a confidence of at least {@link #THRESHOLD}.</li>
     * </ul>
     */
    public static Match match(Delegation d, Candidate c) {
        if (local(d) || c.id().equals(d.documentId()) || c.workKey() != null && c.workKey().equals(d.workKey())
                || AMENDING.matcher(core(c.title())).find()) {
            return null;
        }
        if ("法律".equals(c.level()) && !d.agency().contains("全国人民代表大会")) {
            return null; // a later law replaces a delegated rule; it does not carry the delegation out
        }
        Set<Signal> s = signals(d, c);
        boolean namesArticle = s.contains(Signal.BASIS_ARTICLE);
        boolean namesSubject = s.contains(Signal.SUBJECT_TITLE) || s.contains(Signal.SUBJECT_TOPIC);
        // the law's own 实施细则 for 本法实施细则由国务院制定: its title names what is delegated, whatever its date
        boolean wholeLaw = s.contains(Signal.TITLE_LAW) && WHOLE_LAW.matcher(String.valueOf(d.what())).find();
        if (before(c, d) && !namesSubject && !namesArticle && !wholeLaw) {
            return null;
        }
        boolean basis = namesArticle || s.contains(Signal.BASIS_LAW) || s.contains(Signal.TITLE_LAW)
                || (s.contains(Signal.CITES_LAW) || s.contains(Signal.CITES_ARTICLE)) && namesSubject;
        boolean agrees = namesArticle || namesSubject
                || s.contains(Signal.CITES_ARTICLE) && s.contains(Signal.ISSUER)
                || !specific(d) && s.contains(Signal.SUBJECT_ARTICLE)
                || wholeLaw;
        boolean maker = s.contains(Signal.ISSUER) || s.contains(Signal.ISSUER_BELOW)
                || (s.contains(Signal.ISSUER_ABOVE) ? namesArticle : namesArticle || s.contains(Signal.SUBJECT_TITLE))
                || c.issuers().isEmpty() && s.contains(Signal.TITLE_LAW) && agrees;
        if (!basis || !agrees || !maker) {
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
        return s.contains(Signal.ISSUER_BELOW) ? Status.CARRIED_OUT_LOWER_RANK : Status.CARRIED_OUT_BY_OTHER;
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
        return local(d) ? Status.LOCAL : Status.NOT_CARRIED_OUT;
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
