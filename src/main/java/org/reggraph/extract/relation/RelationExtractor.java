package org.reggraph.extract.relation;

import org.reggraph.extract.lexicon.Lexicon;
import org.reggraph.extract.TitleKey;
import org.reggraph.extract.ExtractedAgency;
import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.Relation;
import org.reggraph.extract.Relation.Provenance;
import org.reggraph.extract.Extraction;
import org.reggraph.extract.RelationStage;
import org.reggraph.extract.RelationType;
import org.reggraph.extract.agency.AgencyRecognizer;
import org.reggraph.extract.agency.DefinedNames;
import org.reggraph.extract.lexicon.Titles;
import org.reggraph.extract.agency.DutyFinder;
import org.reggraph.extract.agency.RoleNames;
import org.reggraph.extract.document.DocText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The relation stage: citations (CITES, BASED_ON), aliases, repeals, amendments, promulgations, duties and
 * delegations, and the agencies named, for the documents of one file. Composed of one small class per stage;
 * {@link CitationResolver} resolves targets across files afterwards.
 */
public final class RelationExtractor implements RelationStage {

    private static final Pattern BASIS_START = Pattern.compile("^(?:第" + Lexicon.ARTICLE_NUMERAL + "+条)?(?:为了?[^。；]*?[，,])?(?:根据|依据|依照|按照)");
    /** A bare kind word in 《》 (《意见》, 《实施方案》) names no document unless an alias or a number says which. */
    private static final Pattern GENERIC_TITLE = Pattern.compile(
            "^(?:若干|实施|总体|指导|工作|行动)?(?:意见|通知|纲要|方案|办法|规定|决定|细则|条例|规划|计划|公告|通告|批复|法|规则|标准|指南|措施)$");
    private static final Pattern BASIS_END = Pattern.compile("(?:制定|制订)" + Lexicon.THIS_TEXT);
    /** 根据宪法和教育法，制定本法: laws named without 《》 in a legal basis (the span up to the first comma). */
    private static final Pattern BARE_BASIS = Pattern.compile("(?:根据|依据)((?:中华人民共和国)?" + Lexicon.CJK + "{1,12}?法(?:(?:和|、|以及|及)(?:中华人民共和国)?"
            + Lexicon.CJK + "{1,12}?法)*)(?:和其他有关法律|和有关法律|等法律)?(?:的(?:有关)?规定)?[，,]");
    private static final Pattern BARE_LAW_SPLIT = Pattern.compile("和|、|以及|及");

    private final CitationFinder citations = new CitationFinder();
    private final AliasFinder aliases = new AliasFinder();
    private final RepealFinder repeals = new RepealFinder();
    private final AmendmentFinder amendments = new AmendmentFinder();
    private final PromulgationFinder promulgations = new PromulgationFinder();
    private final DutyFinder duties = new DutyFinder();
    private final AgencyRecognizer agencies = new AgencyRecognizer();

    @Override
    public Result extract(List<ExtractedDocument> documents) {
        List<Relation> out = new ArrayList<>();
        Map<String, ExtractedAgency> found = new LinkedHashMap<>();
        for (ExtractedDocument d : documents) {
            document(d, documents, out, found);
        }
        return new Result(out, List.copyOf(found.values()));
    }

    @Override
    public Extraction resolve(Extraction extraction) {
        return new CitationResolver().resolve(extraction);
    }

    private void document(ExtractedDocument d, List<ExtractedDocument> fileDocs, List<Relation> out,
                          Map<String, ExtractedAgency> found) {
        DocText dt = new DocText(d);
        Set<String> seen = new HashSet<>();
        List<Citation> cits = citations.find(dt);
        List<String> plain = new ArrayList<>(cits.size());
        for (Citation c : cits) {
            plain.add(c.title() == null ? null : Titles.fullLawTitle(c.title()));
        }
        List<AliasFinder.Alias> als = aliases.find(dt, cits, plain);
        Map<String, AliasFinder.Alias> aliasTable = AliasFinder.table(als);
        for (AliasFinder.Alias a : als) {
            if (a.target() == null) {
                continue;
            }
            add(out, seen, new Relation.Alias(new Provenance(d.id(), dt.article(a.offset()), dt.line(a.offset()), a.surface()),
                    a.target(), a.docNumber(), a.alias()));
        }
        cits = withAliasMentions(dt, cits, aliasTable);
        // numbers known in this document: number → title
        Map<String, String> titleOfNumber = new HashMap<>();
        for (Citation c : cits) {
            if (c.title() != null && c.docNumber() != null && !GENERIC_TITLE.matcher(c.title()).matches()) {
                titleOfNumber.putIfAbsent(c.docNumber(), resolve(c.title(), aliasTable));
            }
        }
        // promulgations
        Set<String> promulgated = new HashSet<>();
        for (PromulgationFinder.Promulgation p : promulgations.find(d, dt, fileDocs)) {
            promulgated.add(TitleKey.bare(p.target()));
            add(out, seen, new Relation.Promulgates(new Provenance(d.id(), null, p.line(), p.surface()), p.target(), null));
        }
        if (d.promulgatedBy() != null) {
            for (ExtractedDocument p : fileDocs) {
                if (p.id().equals(d.promulgatedBy())) {
                    promulgated.add(TitleKey.bare(p.title()));
                }
            }
        }
        String selfKey = TitleKey.bare(d.title());
        // amendment history
        Set<Integer> historyInstruments = new HashSet<>();
        for (AmendmentFinder.History h : amendments.history(dt, cits)) {
            Provenance at = new Provenance(d.id(), null, dt.line(h.offset()), dt.text().substring(h.offset(), h.end()));
            add(out, seen, new Relation.Amends(at, d.title(), d.docNumber(), null,
                    new Relation.History(h.instrument(), h.instrumentDocNumber(), h.date(), h.ordinal()), List.of()));
            historyInstruments.add(h.offset());
        }
        for (Citation c : cits) {
            String target;
            String number = c.docNumber();
            if (c.title() != null) {
                AliasFinder.Alias a = aliasTable.get(c.title());
                if (a == null && GENERIC_TITLE.matcher(c.title()).matches()) {
                    if (number == null) {
                        continue;
                    }
                    target = titleOfNumber.getOrDefault(number, number);
                } else {
                    target = resolve(c.title(), aliasTable);
                }
                if (a != null && number == null) {
                    number = a.docNumber();
                }
            } else {
                target = titleOfNumber.get(number);
                if (target == null) {
                    target = number;
                }
            }
            if (target == null) {
                continue;
            }
            String key = TitleKey.bare(target);
            // an earlier edition may carry this document's title under its own number
            boolean self = number != null && d.docNumber() != null ? number.equals(d.docNumber()) : key.equals(selfKey);
            String article = dt.article(c.start());
            int line = dt.line(c.start());
            Provenance at = new Provenance(d.id(), article, line, c.surface(dt.text()));
            RepealFinder.Repeal rep = repeals.classify(dt, c);
            if (rep != null) {
                String sentence = dt.text().substring(c.start(), Math.min(rep.sentenceEnd(), dt.text().length()));
                add(out, seen, new Relation.Repeals(new Provenance(d.id(), article, line, sentence), target, number, c.via(),
                        rep.partial(), rep.articles(), d.effectiveDate()));
                continue;
            }
            AmendmentFinder.Revision revision = c.title() == null || self ? null : amendments.revision(dt, c, d.title());
            if (revision != null) {
                // the revised edition may carry the title of the document this notice issues: still a citation
                String revised = revision.target().equals(c.title()) ? target : Titles.fullLawTitle(revision.target());
                String revisedNumber = number;
                if (revisedNumber == null && promulgated.contains(TitleKey.bare(revised))) {
                    // the new edition issued here has the same title: name the old one by the number it is repealed under
                    revisedNumber = AmendmentFinder.earlierNumber(revised, d, fileDocs);
                }
                add(out, seen, new Relation.Amends(at, revised, revisedNumber, c.via(), null, revision.articles()));
                add(out, seen, new Relation.Cites(at, target, number, c.targetArticle(), c.via()));
                continue;
            }
            if (self || promulgated.contains(key) || promulgated.stream().anyMatch(k -> TitleKey.nearlySame(key, k))) {
                continue; // the attachment this notice issues, named as it is or in slightly other words
            }
            add(out, seen, isBasis(dt, c) ? new Relation.BasedOn(at, target, number, c.targetArticle(), c.via())
                    : new Relation.Cites(at, target, number, c.targetArticle(), c.via()));
        }
        bareBases(d, dt, out, seen);
        // duties and delegations, article by article
        Map<String, String> defined = DefinedNames.in(dt.text()); // 标委会 → the committee the document named so
        List<DutyFinder.Duty> dutiesFound = new ArrayList<>(duties.find(dt, 0, dt.text().length()));
        dutiesFound.addAll(RoleNames.duties(dt.text())); // 赔偿权利人应当…: a role the document gave public bodies
        for (DutyFinder.Duty duty : dutiesFound) {
            DefinedNames.Resolved bodies = DefinedNames.resolve(duty.agency(), defined);
            String list = bodies.list() != null ? bodies.list() : duty.list();
            Provenance at = new Provenance(d.id(), dt.article(duty.offset()), dt.line(duty.offset()), duty.surface());
            for (String name : bodies.names()) {
                add(out, seen, duty.type() == RelationType.RESPONSIBLE
                        ? new Relation.Responsible(at, name, duty.role(), duty.what(), list)
                        : new Relation.Delegates(at, name, duty.what(), duty.kind(), list, duty.role()));
                agencies.collect(name, found);
            }
        }
        for (String issuer : d.issuers()) {
            agencies.collect(issuer, found);
        }
    }

    /** Legal bases named without 《》 (根据宪法，制定本法; 根据药品管理法和传染病防治法，制定本条例), on their article. */
    private static void bareBases(ExtractedDocument d, DocText dt, List<Relation> out, Set<String> seen) {
        String s = dt.text();
        int limit = dt.structured() ? Math.min(s.length(), dt.firstArticleOffset() + 400) : s.length();
        java.util.regex.Matcher m = BARE_BASIS.matcher(s);
        m.region(0, limit);
        while (m.find()) {
            int ss = dt.sentenceStart(m.start());
            int se = dt.sentenceEnd(m.end());
            if (!BASIS_START.matcher(s.substring(ss, m.start() + 2)).find() || !BASIS_END.matcher(s.substring(m.end(), se)).find()) {
                continue;
            }
            Provenance at = new Provenance(d.id(), dt.article(m.start()), dt.line(m.start()), s.substring(m.start(), m.end() - 1));
            for (String law : BARE_LAW_SPLIT.split(m.group(1))) {
                if (law.length() >= 2 && !law.equals("本法") && !law.endsWith("有关法") && !law.startsWith("本")) {
                    add(out, seen, new Relation.BasedOn(at, Titles.fullLawTitle(law), null, null, "bare"));
                }
            }
        }
    }

    private static boolean isBasis(DocText dt, Citation c) {
        int ss = dt.sentenceStart(c.start());
        int se = dt.sentenceEnd(c.end());
        if (!dt.contains("制定", c.end(), se - 1) && !dt.contains("制订", c.end(), se - 1)) {
            return false; // checked first: it needs no copy of the sentence
        }
        return BASIS_START.matcher(dt.text()).region(ss, c.start()).lookingAt()
                && BASIS_END.matcher(dt.text()).region(c.end(), se).find();
    }

    /** Mentions of aliases written without 《》 (97号公告, “35号文件”) after their definition. */
    private static List<Citation> withAliasMentions(DocText dt, List<Citation> cits, Map<String, AliasFinder.Alias> table) {
        List<Citation> out = null;
        for (AliasFinder.Alias a : table.values()) {
            if (a.surface().contains("《") || a.alias().length() < 3 || a.target() == null) {
                continue;
            }
            int from = a.offset() + a.surface().length();
            int k;
            while ((k = dt.text().indexOf(a.alias(), from)) >= 0) {
                from = k + a.alias().length();
                final int at = k;
                if (cits.stream().anyMatch(c -> c.start() <= at && at < c.end())) {
                    continue;
                }
                if (out == null) {
                    out = new ArrayList<>(cits);
                }
                out.add(new Citation(k, from, from, a.alias(), a.docNumber(), null, "alias"));
            }
        }
        if (out == null) {
            return cits;
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    private static String resolve(String title, Map<String, AliasFinder.Alias> aliasTable) {
        AliasFinder.Alias a = aliasTable.get(title);
        if (a != null && a.target() != null) {
            return a.target();
        }
        return Titles.fullLawTitle(title);
    }

    /** One relation per (from, article, type, target). */
    private static void add(List<Relation> out, Set<String> seen, Relation r) {
        // 本条例由X负责解释。X可以根据本条例制定实施细则: the interpretation (the export leaves it to the duty) takes no
        // other delegation's place
        String k = r.type() + "|" + r.source().article() + "|" + TitleKey.bare(r.target()) + "|"
                + (r instanceof Relation.Amends a ? String.valueOf(a.ordinal()) : "")
                + (r instanceof Relation.Delegates x && Relation.Delegates.INTERPRETATION.equals(x.kind()) ? "|解释" : "");
        if (seen.add(k)) {
            out.add(r);
        }
    }
}
