package org.reggraph.bench;

import org.reggraph.extract.ExtractedAgency;
import org.reggraph.extract.ExtractedArticle;
import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.ExtractedRelation;
import org.reggraph.extract.Extraction;
import org.reggraph.extract.RelationType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic synthetic extraction shaped like the corpus: numbered documents with articles, citations to
 * other documents (by title, by number, to articles, forward so that stubs get claimed later, and to documents
 * that never come, which stay stubs), responsibilities, agencies with a hierarchy, repeals and amendment lines.
 */
public final class SyntheticCorpus {

    private SyntheticCorpus() {
    }

    public static String id(int i) {
        return "合成〔2021〕" + i + "号";
    }

    public static String title(int i) {
        return "合成领域第" + i + "项管理办法";
    }

    public static Extraction generate(int documents, int articles, int citesPerArticle, long seed) {
        Random random = new Random(seed);
        List<ExtractedDocument> docs = new ArrayList<>();
        List<ExtractedRelation> rels = new ArrayList<>();
        List<ExtractedAgency> agencies = new ArrayList<>();
        agencies.add(new ExtractedAgency("国务院", "国务院", List.of(), "国家", "国务院", false, null));
        for (int a = 0; a < 50; a++) {
            agencies.add(new ExtractedAgency("合成部" + a, "合成部" + a, List.of("合成" + a + "部"), "国家", "部委", false, "国务院"));
        }
        for (int i = 0; i < documents; i++) {
            String id = id(i);
            List<ExtractedArticle> arts = new ArrayList<>();
            for (int n = 1; n <= articles; n++) {
                String label = "第" + n + "条";
                arts.add(new ExtractedArticle(n, label, null, "第" + i + "号文件" + label + "的条文内容，规定有关部门的职责和程序。",
                        10 + n * 3, 12 + n * 3, List.of()));
                for (int c = 0; c < citesPerArticle; c++) {
                    int kind = random.nextInt(10);
                    int target = random.nextInt(documents);
                    if (kind == 0) {
                        rels.add(ExtractedRelation.of(RelationType.CITES, id, label, 10 + n * 3, "外部法律" + random.nextInt(documents / 4 + 1), null, "《外部法律》"));
                    } else if (kind <= 2) {
                        rels.add(ExtractedRelation.of(RelationType.CITES, id, label, 10 + n * 3, null, id(target), id(target)));
                    } else if (kind == 3) {
                        rels.add(new ExtractedRelation(RelationType.CITES, id, label, 10 + n * 3, title(target), null,
                                "第" + (1 + random.nextInt(articles)) + "条", "《" + title(target) + "》第N条", "title",
                                null, null, null, null, null, null, null, null, null, null));
                    } else {
                        rels.add(ExtractedRelation.of(RelationType.CITES, id, label, 10 + n * 3, title(target), null, "《" + title(target) + "》"));
                    }
                }
            }
            rels.add(new ExtractedRelation(RelationType.RESPONSIBLE, id, "第1条", 13, "合成部" + (i % 50), null, null,
                    "合成部负责", null, null, null, null, null, null, null, null, null, "lead", "监督管理"));
            if (i % 10 == 9) {
                rels.add(new ExtractedRelation(RelationType.REPEALS, id, null, 5, title(i - 1), id(i - 1), null,
                        "同时废止", null, null, i % 20 == 19, null, "2021-06-01", null, null, null, null, null, null));
            }
            if (i % 7 == 0) {
                rels.add(new ExtractedRelation(RelationType.AMENDS, id, null, 3, title(i), null, null, "第一次修订", null,
                        null, null, null, null, "关于修改部分合成办法的决定" + (i % 5), null, "2020-01-0" + (1 + i % 9), 1, null, null));
            }
            docs.add(new ExtractedDocument(id, title(i), id, List.of("合成部" + (i % 50)), LocalDate.of(2021, 1, 1).plusDays(i % 365),
                    null, "办法", null, null, "synthetic-" + (i / 100) + ".txt", 1, 10 + articles * 3, List.of(), arts, List.of()));
        }
        return new Extraction(docs, rels, agencies, List.of());
    }
}
