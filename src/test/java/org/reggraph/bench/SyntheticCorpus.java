package org.reggraph.bench;

import org.reggraph.extract.ExtractedAgency;
import org.reggraph.extract.ExtractedArticle;
import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.Relation;
import org.reggraph.extract.Extraction;
import org.reggraph.extract.Relation.Provenance;

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
        List<Relation> rels = new ArrayList<>();
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
                        rels.add(new Relation.Cites(new Provenance(id, label, 10 + n * 3, "《外部法律》"), "外部法律" + random.nextInt(documents / 4 + 1), null, null, null));
                    } else if (kind <= 2) {
                        rels.add(new Relation.Cites(new Provenance(id, label, 10 + n * 3, id(target)), null, id(target), null, null));
                    } else if (kind == 3) {
                        rels.add(new Relation.Cites(new Provenance(id, label, 10 + n * 3, "《" + title(target) + "》第N条"), title(target),
                                null, "第" + (1 + random.nextInt(articles)) + "条", "title"));
                    } else {
                        rels.add(new Relation.Cites(new Provenance(id, label, 10 + n * 3, "《" + title(target) + "》"), title(target), null, null, null));
                    }
                }
            }
            rels.add(new Relation.Responsible(new Provenance(id, "第1条", 13, "合成部负责"), "合成部" + (i % 50), "lead", "监督管理"));
            if (i % 10 == 9) {
                rels.add(new Relation.Repeals(new Provenance(id, null, 5, "同时废止"), title(i - 1), id(i - 1), null, i % 20 == 19,
                        List.of(), LocalDate.of(2021, 6, 1)));
            }
            if (i % 7 == 0) {
                rels.add(new Relation.Amends(new Provenance(id, null, 3, "第一次修订"), title(i), null, null,
                        new Relation.History("关于修改部分合成办法的决定" + (i % 5), null, LocalDate.of(2020, 1, 1 + i % 9), 1), List.of()));
            }
            docs.add(new ExtractedDocument(id, title(i), id, List.of("合成部" + (i % 50)), LocalDate.of(2021, 1, 1).plusDays(i % 365),
                    null, "办法", null, null, "synthetic-" + (i / 100) + ".txt", 1, 10 + articles * 3, List.of(), arts, List.of()));
        }
        return new Extraction(docs, rels, agencies, List.of());
    }
}
