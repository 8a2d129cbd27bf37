package org.reggraph.extract.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reggraph.extract.Relation.Delegates;
import org.reggraph.extract.RelationType;
import org.reggraph.extract.lexicon.Lexicon;

/**
 * Roles a document gives public bodies: 国务院授权的省级、市地级政府…作为本行政区域内生态环境损害赔偿权利人. From there on the role
 * (赔偿权利人) is how the document names those bodies, and the subject of their duties (赔偿权利人应当建立…机制,
 * 赔偿权利人及其指定的部门或机构，应当…). The role is kept as written, as a role a document defines for a body is
 * (受托管理机构 in the development gold): which bodies hold it is the definition's business, not each duty's.
 */
public final class RoleNames {

    /** X作为…Y, Y a role noun; X is read back from 作为 and must be a public body. */
    private static final Pattern DEFINITION = Pattern.compile(
            "作为([\\u4e00-\\u9fff]{0,16}?(?:权利人|责任主体))(?=[。；，,])");
    /** The definer: a government or agency name right before 作为, its bracket (（…，下同）) skipped. */
    private static final Pattern DEFINER = Pattern.compile("([\\u4e00-\\u9fff、]{2,30}?(?:政府|部门|机关|机构|国务院))$");
    /** A bracket closing the text before 作为 (（包括直辖市所辖的区县级政府，下同）). */
    private static final Pattern BRACKET_AT_END = Pattern.compile("[（(][^（）()]{0,40}[）)]$");
    /** A definer that is itself chosen (由X作为责任主体, 确定X作为…): a fallback or a choice, no role of the document. */
    private static final Pattern CHOSEN = Pattern.compile("由|将|确定|明确|指定|以");
    /** What makes the role the subject of its clause besides a duty word (SubjectScan): its designee, or the clause's end. */
    private static final Pattern ACTS_AFTER = Pattern.compile("及其|指定的|[，,]");
    /** The designee named after the role (赔偿权利人指定的部门或机构): the body that acts. */
    private static final Pattern DESIGNEE = Pattern.compile("指定的(?:有关)?(?:部门|机构)(?:或(?:者)?(?:部门|机构))?");
    /** An article number right before a subject (第七条赔偿权利人…). */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("第" + Lexicon.ARTICLE_NUMERAL + "+条$");
    /** The designee after 及其 (赔偿权利人及其指定的部门或机构). */
    private static final Pattern ITS_DESIGNEE = Pattern.compile("及其" + DESIGNEE.pattern());
    /**
     * The role designating bodies in its own clause (赔偿权利人可以根据有关职责分工，指定有关部门或机构负责具体工作): the bodies it
     * designates, as the designee is named where it acts (赔偿权利人指定的部门或机构).
     */
    private static final Pattern DESIGNATES = Pattern.compile("指定(?:有关|相关)?((?:部门|机构)(?:或(?:者)?(?:部门|机构))?)(?=负责|承担|具体|实施|办理)");
    /** The role's or its designees' staff (…的负责人、工作人员), the subject of a breach, not a body with a duty. */
    private static final Pattern STAFF = Pattern.compile("的(?:负责人|工作人员|主管人员|直接负责|有关人员|人员)");
    /** How far before 作为 the definer is looked for. */
    private static final int DEFINER_REACH = 80;
    /** The shortest role name kept: 权利人 alone is every holder of a right. */
    private static final int ROLE_MIN = 4;

    private RoleNames() {
    }

    /** RESPONSIBLE duties of the roles {@code text} defines, where a role stands as a clause's subject. */
    public static List<DutyFinder.Duty> duties(String text) {
        List<DutyFinder.Duty> out = new ArrayList<>();
        // 作为 is in most documents, a definition in few: the pattern is tried where the word stands, not at every offset
        for (int k = text.indexOf("作为"); k >= 0; k = text.indexOf("作为", k + 2)) {
            Matcher d = DEFINITION.matcher(text).region(k, text.length());
            if (d.lookingAt() && publicDefiner(text, k)) {
                String role = usedName(text, d.group(1), d.end());
                if (role != null) {
                    subjects(text, role, d.end(), out);
                }
            }
        }
        return out;
    }

    private static boolean publicDefiner(String text, int at) {
        String before = text.substring(Math.max(0, at - DEFINER_REACH), at);
        before = BRACKET_AT_END.matcher(before).replaceFirst(""); // （包括…，下同）: its comma ends no clause
        int clause = Math.max(Math.max(before.lastIndexOf('。'), before.lastIndexOf('；')), before.lastIndexOf('，'));
        before = before.substring(clause + 1);
        Matcher m = DEFINER.matcher(before);
        if (!m.find() || CHOSEN.matcher(before).find()) {
            return false;
        }
        return AgencyNames.clean(m.group(1)) != null || m.group(1).endsWith("政府");
    }

    /**
     * The ending of {@code defined} the document goes on to use as a subject (本行政区域内生态环境损害赔偿权利人 → 赔偿权利人):
     * the one that most often opens a clause after the definition, the longer on a tie; null when none does.
     */
    private static String usedName(String text, String defined, int after) {
        String best = null;
        int bestUses = 0;
        for (int len = ROLE_MIN; len <= defined.length(); len++) {
            String role = defined.substring(defined.length() - len);
            int uses = 0;
            for (int k = text.indexOf(role, after); k >= 0; k = text.indexOf(role, k + role.length())) {
                uses += opensClause(text, k) && actsAfter(text, k + role.length()) ? 1 : 0;
            }
            if (uses > 0 && uses >= bestUses) {
                best = role;
                bestUses = uses;
            }
        }
        return best;
    }

    private static void subjects(String text, String role, int after, List<DutyFinder.Duty> out) {
        for (int k = text.indexOf(role, after); k >= 0; k = text.indexOf(role, k + role.length())) {
            int end = k + role.length();
            if (!opensClause(text, k) || !actsAfter(text, end)) {
                continue;
            }
            Matcher designee = DESIGNEE.matcher(text).region(end, text.length());
            String name = designee.lookingAt() ? role + designee.group() : role;
            int nameEnd = designee.lookingAt() ? designee.end() : end;
            Matcher its = ITS_DESIGNEE.matcher(text).region(nameEnd, text.length());
            if (STAFF.matcher(text).region(its.lookingAt() ? its.end() : nameEnd, text.length()).lookingAt()) {
                continue; // 赔偿权利人及其指定的部门或机构的负责人、工作人员…滥用职权: the staff, who break the law
            }
            String clause = clause(text, k);
            out.add(new DutyFinder.Duty(RelationType.RESPONSIBLE, k, name, "lead", null, null, clause, null));
            // 赔偿权利人及其指定的部门或机构: both act, the designee by the role's designation (sample README: X及其…指定的Y)
            Matcher designates = DESIGNATES.matcher(clause);
            String designated = its.lookingAt() ? role + its.group().substring(2)
                    : name.equals(role) && designates.find() ? role + "指定的" + designates.group(1) : null;
            if (designated != null) {
                out.add(new DutyFinder.Duty(RelationType.DELEGATES, k, designated, null, "指定", Delegates.AUTHORISATION, clause, null));
            }
        }
    }

    /** Whether {@code k} opens a clause: after a stop, a comma, a colon, a line break or an article number. */
    private static boolean opensClause(String text, int k) {
        if (k == 0) {
            return true;
        }
        char c = text.charAt(k - 1);
        return c == '。' || c == '；' || c == '，' || c == '：' || c == '\n' || c == ' ' || c == '　' || c == '）'
                || c == '条' && ARTICLE_BEFORE.matcher(text).region(Math.max(0, k - 10), k).find();
    }

    private static boolean actsAfter(String text, int end) {
        return end < text.length() && (SubjectScan.nextAt(text, end) || ACTS_AFTER.matcher(text).region(end, text.length()).lookingAt());
    }

    private static String clause(String text, int k) {
        int end = k;
        while (end < text.length() && end - k < 60 && "。；\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(k, end);
    }
}
