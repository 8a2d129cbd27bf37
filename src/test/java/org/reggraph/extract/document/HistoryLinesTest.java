package org.reggraph.extract.document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reggraph.extract.lexicon.AgencyShortNames;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issuers and dates read from header history lines (corpus Markdown and PDF header notes), on real lines. */
class HistoryLinesTest {

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', value = {
            // ministry rules: the order's ministry, also after a State Council approval line
            "1996年10月3日 中华人民共和国交通部令第8号发布|交通部",
            "1993年11月13日 国务院批准/1993年11月15日 交通部令第5号发布|交通部",
            // joint orders: every issuer
            "1988年12月17日 中华人民共和国国务院、中央军事委员会令第22号发布|国务院;中央军事委员会",
            "2021年9月15日国务院第149次常务会议通过2021年10月21日中华人民共和国国务院令第748号公布自2021年12月1日起施行|国务院",
            // laws and local regulations: the legislature that passed them, without its term
            "1984年3月12日 第六届全国人民代表大会常务委员会第四次会议通过/2000年8月25日 第九届全国人民代表大会常务委员会第十七次会议《关于修改〈中华人民共和国专利法〉的决定》第二次修正|全国人民代表大会常务委员会",
            "2021年3月11日 第十三届全国人民代表大会第四次会议通过|全国人民代表大会",
            "2021年9月29日浙江省第十三届人民代表大会常务委员会第三十一次会议通过|浙江省人民代表大会常务委员会",
            "1990年12月28日 第七届全国人民代表大会常务委员会第十七次会议通过/1990年12月28日 中华人民共和国主席令第三十七号公布|全国人民代表大会常务委员会",
            // a body that promulgated the text without an order, as an order's ministry (国务院批准 only approved it)
            "1994年1月5日 国务院批准　/1994年1月25日 公安部发布　|公安部",
            "2022年1月24日 中共中央政治局会议审议批准/2022年2月25日 中共中央、国务院发布|中共中央;国务院",
            "1951年2月26日 政务院公布/1953年1月2日 政务院修正公布|政务院",
            // no issuer in the line
            "2019年3月1日 施行|",
    })
    void issuers(String lines, String expected) {
        List<String> want = expected == null ? List.of() : Arrays.asList(expected.split(";"));
        assertEquals(want, MarkdownLawReader.historyIssuers(Arrays.asList(lines.split("/"))));
    }

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', value = {
            // the promulgation date, not the adoption or effective date
            "2014年11月12日 国务院第66次常务会议通过/2014年11月24日 中华人民共和国国务院令第656号公布/2015年3月1日 施行|2014-11-24",
            // the latest version's date
            "2001年6月15日 中华人民共和国国务院令第306号公布/2002年12月28日 《国务院关于修改〈中华人民共和国专利法实施细则〉的决定》第一次修订|2002-12-28",
            // a legislature's adoption date when nothing was promulgated separately
            "1998年6月26日 第九届全国人民代表大会常务委员会第三次会议通过|1998-06-26",
            "2019年3月1日 施行|",
    })
    void dates(String lines, String expected) {
        assertEquals(expected == null ? null : LocalDate.parse(expected), MarkdownLawReader.historyDate(Arrays.asList(lines.split("/"))));
    }

    @ParameterizedTest(name = "{2} ← {0}")
    @CsvSource(delimiter = '|', value = {
            "2014年11月24日 中华人民共和国国务院令第656号公布/2015年3月1日 施行|2014-11-24|2015-03-01",
            // the original's effective date is not the amended version's
            "2004年11月1日 中华人民共和国国务院令第423号公布/2004年12月1日 施行/2017年3月1日 《国务院关于修改和废止部分行政法规的决定》修订|2017-03-01|",
    })
    void effectiveDates(String lines, String date, String expected) {
        assertEquals(expected == null ? null : LocalDate.parse(expected),
                MarkdownLawReader.historyEffective(Arrays.asList(lines.split("/")), LocalDate.parse(date)));
    }

    /** The work's first day, when the version (dated by its file) is a later text of it; header lines of the corpus. */
    @ParameterizedTest(name = "{2} ← {0}")
    @CsvSource(delimiter = '|', value = {
            // a law revised and amended: its adoption (行政处罚法, 2021 text)
            "1996年3月17日 第八届全国人民代表大会第四次会议通过/2009年8月27日 第十一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》第一次修正/2017年9月1日 第十二届全国人民代表大会常务委员会第二十九次会议《关于修改〈中华人民共和国法官法〉等八部法律的决定》第二次修正/2021年1月22日 第十三届全国人民代表大会常务委员会第二十五次会议修订|2021-01-22|1996-03-17",
            // a regulation revised by decisions: its first order (土地管理法实施条例, 2021 text)
            "1998年12月27日 中华人民共和国国务院令第256号发布/2011年1月8日 《国务院关于废止和修改部分行政法规的决定》第一次修订/2014年7月29日 《国务院关于修改部分行政法规的决定》第二次修订/2021年7月2日 中华人民共和国国务院令第743号第三次修订）|2021-07-02|1998-12-27",
            // revised, then published by an order of its own (专利代理条例)
            "1991年3月4日 中华人民共和国国务院令第76号发布/2018年9月6日 国务院第23次常务会议修订通过/2018年11月6日 中华人民共和国国务院令第706号公布/2019年3月1日 施行|2018-11-06|1991-03-04",
            // a first text: adopted, then published and in force later, is one version
            "2014年11月12日 国务院第66次常务会议通过/2014年11月24日 中华人民共和国国务院令第656号公布/2015年3月1日 施行|2014-11-24|",
            "1990年12月28日 第七届全国人民代表大会常务委员会第十七次会议通过/1990年12月28日 中华人民共和国主席令第三十七号公布|1990-12-28|",
            "1998年6月26日 第九届全国人民代表大会常务委员会第三次会议通过|1998-06-26|",
            // an amended text whose history stops at its first text: dated by its file, well after the last line
            "2008年1月31日 中华人民共和国国务院令第517号公布|2020-03-27|2008-01-31",
            "2018年3月2日 中华人民共和国国务院令第697号公布|2019-03-02|2018-03-02",
            "1990年4月9日 国务院批准|2018-09-18|1990-04-09",
            // …but an approval the publication follows by months, and a publication a few days on, date the first text
            "1982年8月30日 国务院批准|1983-03-12|",
            "1988年5月10日 国务院批准|1988-05-19|",
            "2012年10月13日 中华人民共和国国务院令第625号公布|2012-10-20|",
            // the file dates an older text than its last history line (an earlier version of the corpus): none earlier
            "2001年6月15日 中华人民共和国国务院令第306号公布/2002年12月28日 《国务院关于修改〈中华人民共和国专利法实施细则〉的决定》第一次修订|2001-06-15|",
    })
    void firstIssued(String lines, String date, String expected) {
        assertEquals(expected == null ? null : LocalDate.parse(expected),
                MarkdownLawReader.firstIssued(Arrays.asList(lines.split("/")), LocalDate.parse(date)));
    }

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', value = {
            // an unrevised text: the promulgating order
            "2014年11月24日 中华人民共和国国务院令第656号公布/2015年3月1日 施行|国务院令第656号",
            // revised by an order: the revising order's number (土地管理法实施条例, 2021 text)
            "1998年12月27日 中华人民共和国国务院令第256号发布/2011年1月8日 《国务院关于废止和修改部分行政法规的决定》第一次修订/2014年7月29日 《国务院关于修改部分行政法规的决定》第二次修订/2021年7月2日 中华人民共和国国务院令第743号第三次修订）|国务院令第743号",
            // revised by a decision: no number of its own (not the original's)
            "2001年6月15日 中华人民共和国国务院令第306号公布/2002年12月28日 《国务院关于修改〈中华人民共和国专利法实施细则〉的决定》第一次修订|",
            // revised, then published by an order of its own (专利代理条例, 宗教事务条例): that order's number
            "1991年3月4日 中华人民共和国国务院令第76号发布/2018年9月6日 国务院第23次常务会议修订通过/2018年11月6日 中华人民共和国国务院令第706号公布/2019年3月1日 施行|国务院令第706号",
            "2004年11月30日 中华人民共和国国务院令第426号公布/2017年6月14日 国务院第176次常务会议修订通过/2017年8月26日 中华人民共和国国务院令第686号公布/2018年2月1日 施行|国务院令第686号",
            // a law: no order number
            "1998年6月26日 第九届全国人民代表大会常务委员会第三次会议通过|",
    })
    void orderNumbers(String lines, String expected) {
        assertEquals(expected, MarkdownLawReader.historyNumber(Arrays.asList(lines.split("/"))));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            // informal short names become the full name; standard abbreviations stay as signed
            "应急部|应急管理部",
            "国家林草局|国家林业和草原局",
            "国家发展改革委|国家发展改革委",
            "市场监管总局|市场监管总局",
            "财政部|财政部",
            // a short name inside a longer word is no short name
            "应急部署|应急部署",
    })
    void issuerShortNames(String written, String issuer) {
        assertEquals(issuer, AgencyShortNames.issuer(written));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "应急部|应急管理部",
            "国家发展改革委|国家发展和改革委员会",
            "中国银保监会办公厅|中国银行保险监督管理委员会办公厅",
            "商务部门|商务部门",
            "应急部署|应急部署",
    })
    void fullNames(String written, String full) {
        assertEquals(full, AgencyShortNames.resolve(written));
    }
}
