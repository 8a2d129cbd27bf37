package org.reggraph.extract.document;

import java.util.List;

/**
 * The rank of a text in the legal order (法律, 行政法规, 地方性法规, 部门规章, 地方政府规章), from what its header says, in
 * either input format: the order that promulgates it, its issuers, its title.
 */
final class DocumentLevel {

    private DocumentLevel() {
    }

    /**
     * @param stateCouncil whether the header says the State Council made or approved the text (a 国务院令, or a history
     *                     line naming 国务院)
     * @return the level, or null when the header says nothing of it
     */
    static String of(String title, String kind, String docNumber, List<String> issuers, boolean stateCouncil) {
        if (docNumber != null && docNumber.startsWith("主席令") || kind.equals("法") && title.startsWith("中华人民共和国")
                || !issuers.isEmpty() && issuers.stream().allMatch(DocumentLevel::isNationalLegislature)) {
            return "法律"; // what the NPC and its Standing Committee pass: laws, codes' books, 刑法修正案, 学位条例
        }
        if (docNumber != null && docNumber.startsWith("国务院令")) {
            return "行政法规";
        }
        if (issuers.stream().anyMatch(DocumentLevel::isLocalLegislature)) {
            return "地方性法规"; // passed by a provincial or city 人民代表大会 (常务委员会)
        }
        if (docNumber != null && isLocalGovernmentOrder(docNumber)) {
            return "地方政府规章";
        }
        if (stateCouncil) {
            return "行政法规"; // also 国务院批准 … 交通部令发布
        }
        return docNumber != null && docNumber.contains("令第") ? "部门规章" : null;
    }

    /** 上海市人民政府令第14号: a rule of a provincial or city government, not of a ministry. */
    static boolean isLocalGovernmentOrder(String docNumber) {
        return docNumber.contains("人民政府令") && !docNumber.startsWith("国务院");
    }

    private static boolean isNationalLegislature(String issuer) {
        return issuer.equals("全国人民代表大会") || issuer.equals("全国人民代表大会常务委员会");
    }

    private static boolean isLocalLegislature(String issuer) {
        return !issuer.startsWith("全国") && (issuer.endsWith("人民代表大会") || issuer.endsWith("人民代表大会常务委员会"));
    }
}
