package org.reggraph.bench;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hostile inputs for the extractor: one line (or many short lines) made of a single unit of its own vocabulary
 * repeated to a given size in UTF-8 bytes. Each kind once made some scan of the extractor quadratic.
 */
public final class AdversarialInputs {

    /** Kind → repeated unit. */
    public static final Map<String, String> KINDS = kinds();

    /** Kind → text written once before the repeated unit: a title and an article label, so that the unit is an article's text. */
    public static final Map<String, String> HEADS = Map.of("agency-clauses", "某某条例\n\n第一条 ");

    private AdversarialInputs() {
    }

    /** The input of {@code kind}: its head, if it has one, then its unit repeated to at least {@code bytes} UTF-8 bytes. */
    public static byte[] of(String kind, int bytes) {
        return (HEADS.getOrDefault(kind, "") + new String(generate(KINDS.get(kind), bytes), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> kinds() {
        Map<String, String> k = new LinkedHashMap<>();
        k.put("html-comment-open", "<!--");
        k.put("book-open", "《");
        k.put("book-close", "》");
        k.put("book-title-no-close", "《条例");
        k.put("book-pairs", "《国务院关于印发某某办法的通知》");
        k.put("bracket-number", "〔2021〕1号");
        k.put("order-number", "国务院令第1号");
        k.put("announcement-number", "公告2015年第97号");
        k.put("article-after-title", "根据《条例》第一条");
        k.put("repeal", "《办法》同时废止，");
        k.put("amendment", "根据2021年1月1日国务院令第1号修订");
        k.put("article-labels", "第一条");
        k.put("article-lines", "第一条 根据《某某条例》\n");
        k.put("number-paren", "《条例》（国发〔2021〕1号");
        k.put("spaces-digits", "1 ");
        k.put("alias", "（以下简称“某某”）某某");
        k.put("agency", "国务院有关部门负责");
        k.put("agency-clauses", "国务院有关部门应当加强管理，"); // after HEADS': one article's sentence of many clauses
        // a partner put at its lead's level (DutyFinder.partnersAtLeadsLevel) and an entrustment after the work left (MANNER)
        k.put("agency-partners", "国务院教育行政部门会同劳动行政部门负责，");
        k.put("entrust-remit", "县民政局对殡葬工作对殡葬事项");
        // a partner sharing its lead's later rules (DutyFinder.partnersMakeToo), units named by their fields (SubjectScan)
        k.put("partner-rules", "国务院标准化主管部门会同国务院有关主管部门建立标准体系，制定相关标准。");
        k.put("field-units", "公安部门和供电、通信、供水、供气、交通、邮政、电力、燃气、热力、环卫、园林、市政、");
        // one sentence of many entrustments with no named entruster (Delegations: the first clause a party leads, read once)
        k.put("entrust-clauses", "可以委托县民政部门实施登记，");
        k.put("markdown", "**# - > ");
        return k;
    }

    /** {@code unit} repeated to at least {@code bytes} UTF-8 bytes. */
    public static byte[] generate(String unit, int bytes) {
        int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
        int times = (bytes + unitBytes - 1) / unitBytes;
        return unit.repeat(times).getBytes(StandardCharsets.UTF_8);
    }

    /** {@code text} repeated (whole) to at least {@code bytes} UTF-8 bytes: the normal-text baseline. */
    public static byte[] repeatText(String text, int bytes) {
        return generate(text.endsWith("\n") ? text : text + "\n", bytes);
    }
}
