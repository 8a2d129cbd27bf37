package org.reggraph.graph;

import org.reggraph.extract.ExtractedAgency;
import org.reggraph.extract.ExtractedArticle;
import org.reggraph.extract.ExtractedChapter;
import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.Relation;
import org.reggraph.extract.Extraction;
import org.reggraph.extract.Relation.Provenance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-built extractions with real titles from the seed corpus. */
public final class Fixtures {

    public static final String QUAKE = "国务院令第744号";
    public static final String LAW = "中华人民共和国建筑法";
    public static final String AIR = "财资环〔2021〕46号";
    public static final String OLD_AIR = "财建〔2018〕578号";

    private Fixtures() {
    }

    /** 建设工程抗震管理条例: cites 建筑法 (title, and its 第五条) and 防震减灾法; responsibilities and a delegation. */
    public static Extraction quake() {
        ExtractedDocument doc = doc(QUAKE, "建设工程抗震管理条例", QUAKE, List.of("国务院"), "2021-07-19", "2021-09-01",
                "条例", "000_3700f5e89e50de4d.txt", 1, 577,
                List.of(new ExtractedChapter(1, 1, "第一章", "总则", false, 13)),
                List.of(article(1, "第一条", 1, "为了提高建设工程抗震防灾能力……根据《中华人民共和国建筑法》、《中华人民共和国防震减灾法》等法律，制定本条例。", 15),
                        article(2, "第二条", 1, "在中华人民共和国境内从事建设工程抗震的勘察……适用本条例。", 21),
                        article(4, "第四条", 1, "国务院住房和城乡建设主管部门对全国的建设工程抗震实施统一监督管理。", 31)));
        List<Relation> rels = List.of(
                new Relation.BasedOn(new Provenance(QUAKE, "第一条", 15, "根据《中华人民共和国建筑法》"), "中华人民共和国建筑法", null, null, null),
                new Relation.Cites(new Provenance(QUAKE, "第一条", 15, "《中华人民共和国建筑法》"), "中华人民共和国建筑法", null, null, null),
                new Relation.Cites(new Provenance(QUAKE, "第一条", 16, "《中华人民共和国防震减灾法》"), "中华人民共和国防震减灾法", null, null, null),
                new Relation.Cites(new Provenance(QUAKE, "第二条", 21, "《建筑法》第五条"), "建筑法", null, "第五条", "alias"),
                new Relation.Responsible(new Provenance(QUAKE, "第四条", 31, "国务院住房和城乡建设主管部门对全国的建设工程抗震实施统一监督管理"),
                        "国务院住房和城乡建设主管部门", "supervise", "建设工程抗震监督管理"),
                new Relation.Delegates(new Provenance(QUAKE, "第四条", 32, "具体办法由国务院规定"), "国务院", "具体办法", Relation.Delegates.RULEMAKING));
        List<ExtractedAgency> agencies = List.of(
                new ExtractedAgency("国务院", "国务院", List.of("中央人民政府"), "国家", "国务院", false, null),
                new ExtractedAgency("国务院住房和城乡建设主管部门", "国务院住房和城乡建设主管部门", List.of(), "国家", "主管部门",
                        true, "国务院"));
        return new Extraction(List.of(doc), rels, agencies, List.of());
    }

    /** 中华人民共和国建筑法 with an amendment-history line; {@code version} changes an article's text. */
    public static Extraction law(int version) {
        ExtractedDocument doc = doc(LAW, "中华人民共和国建筑法", null, List.of("全国人民代表大会常务委员会"), "1997-11-01",
                "1998-03-01", "法", "law.txt", 1, 300, List.of(),
                List.of(article(1, "第一条", null, "为了加强对建筑活动的监督管理……制定本法。", 10),
                        article(5, "第五条", null, "从事建筑活动应当遵守法律、法规" + (version > 1 ? "，不得损害社会公共利益。" : "。"), 20)));
        List<Relation> rels = List.of(new Relation.Amends(new Provenance(LAW, null, 4,
                "根据2019年4月23日第十三届全国人民代表大会常务委员会第十次会议《关于修改〈中华人民共和国建筑法〉等八部法律的决定》第二次修正"),
                LAW, null, null, new Relation.History("全国人民代表大会常务委员会关于修改《中华人民共和国建筑法》等八部法律的决定", null,
                LocalDate.of(2019, 4, 23), 2), List.of()));
        return new Extraction(List.of(doc), rels, List.of(), List.of());
    }

    /** 关于印发《大气污染防治资金管理办法》的通知, which (when {@code repeals}) repeals 财建〔2018〕578号. */
    public static Extraction air(boolean repeals) {
        ExtractedDocument doc = doc(AIR, "关于印发《大气污染防治资金管理办法》的通知", AIR, List.of("财政部", "生态环境部"),
                "2021-06-04", "2021-06-04", "通知", "000_3700f5e89e50de4d.txt", 5029, 5280, List.of(),
                List.of(article(1, "第一条", null, "为了规范和加强大气污染防治资金管理……制定本办法。", 5040),
                        article(23, "第二十三条", null, repeals ? "本办法自发布之日起施行。《财政部关于印发<大气污染防治专项资金管理办法>的通知》（财建〔2018〕578号）同时废止。"
                                : "本办法自发布之日起施行。", 5272)));
        List<Relation> rels = new ArrayList<>();
        if (repeals) {
            rels.add(new Relation.Repeals(new Provenance(AIR, "第二十三条", 5273,
                    "《财政部关于印发<大气污染防治专项资金管理办法>的通知》（财建〔2018〕578号）同时废止"),
                    "财政部关于印发《大气污染防治专项资金管理办法》的通知", OLD_AIR, null, false, List.of(), LocalDate.of(2021, 6, 4)));
        }
        return new Extraction(List.of(doc), rels, List.of(), List.of());
    }

    public static Extraction oldAir() {
        ExtractedDocument doc = doc(OLD_AIR, "财政部关于印发《大气污染防治专项资金管理办法》的通知", OLD_AIR, List.of("财政部"),
                "2018-12-29", "2018-12-29", "通知", "old.txt", 1, 120, List.of(),
                List.of(article(1, "第一条", null, "为了规范大气污染防治专项资金管理……", 5)));
        return new Extraction(List.of(doc), List.of(), List.of(), List.of());
    }

    public static Extraction merge(Extraction... parts) {
        List<ExtractedDocument> docs = new ArrayList<>();
        List<Relation> rels = new ArrayList<>();
        List<ExtractedAgency> agencies = new ArrayList<>();
        for (Extraction e : parts) {
            docs.addAll(e.documents());
            rels.addAll(e.relations());
            agencies.addAll(e.agencies());
        }
        return new Extraction(docs, rels, agencies, List.of());
    }

    public static ExtractedDocument doc(String id, String title, String docNumber, List<String> issuers, String date,
                                        String effective, String kind, String file, int start, int end,
                                        List<ExtractedChapter> chapters, List<ExtractedArticle> articles) {
        return new ExtractedDocument(id, title, docNumber, issuers, date == null ? null : LocalDate.parse(date),
                effective == null ? null : LocalDate.parse(effective), kind, null, null, file, start, end, chapters,
                articles, List.of());
    }

    public static ExtractedArticle article(int number, String label, Integer chapter, String text, int line) {
        return new ExtractedArticle(number, label, chapter, text, line, line + 1, List.of());
    }
}
