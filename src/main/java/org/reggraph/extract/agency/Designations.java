package org.reggraph.extract.agency;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body named as the competent authority: X是(…的)主管部门/主管机关/登记机关 … (民政部是国务院处理边界争议的主管部门,
 * 税务机关是发票的主管机关, 市城市管理部门是本市生活垃圾管理工作的行政主管部门). X is responsible; the sentence needs no
 * duty verb. Organs of companies and associations (股东会是公司的权力机构, 工会委员会是…的工作机构) are not designated
 * authorities: only the words for a competent public body count.
 */
final class Designations {

    private static final Pattern DESIGNATED = Pattern.compile("^([\\u4e00-\\u9fff、（）()]{1,40}?" + DutyFinder.SUFFIX
            + ")是(?:[^，。；是]{0,40}?的)?(?:行政|业务)?(?:主管部门|主管机关|主管机构|管理部门|管理机关|监督管理部门"
            + "|登记机关|登记管理机关)(?![的和、])");

    private Designations() {
    }

    /** Adds X when the sentence {@code sent} (its article number already cut) begins with a designation. */
    static void find(String sent, int base, List<DutyFinder.Duty> out) {
        int is = sent.indexOf('是');
        if (is < 2 || is > 60) {
            return;
        }
        Matcher m = DESIGNATED.matcher(sent);
        if (m.lookingAt()) {
            DutyFinder.add(out, false, base + m.start(1), m.group(1), "lead", null, null, m.group());
        }
    }
}
