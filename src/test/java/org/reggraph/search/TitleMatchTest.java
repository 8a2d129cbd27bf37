package org.reggraph.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rank, field and highlighted range of a query against a document's names (real documents of the seeds). */
class TitleMatchTest {

    static final String WATER = "地下水管理条例";
    static final String LAND = "中华人民共和国土地管理法";

    @ParameterizedTest(name = "{0} on {1} / {2}: rank {4} in {5} [{6},{7})")
    @CsvSource(delimiter = '|', value = {
            // query            | title                  | docNumber          | short titles | rank | field      | from | to
            "国务院令748号        | 地下水管理条例         | 国务院令第748号    | ''           | 0 | docNumber  | 0 | 9",
            "国务院令第 748 号    | 地下水管理条例         | 国务院令第748号    | ''           | 0 | docNumber  | 0 | 9",
            "国办发[2021]26号     | 国务院办公厅关于完善科技成果评价机制的指导意见 | 国办发〔2021〕26号 | '' | 0 | docNumber | 0 | 12",
            "地下水管理條例       | 地下水管理条例         | 国务院令第748号    | ''           | 1 | title      | 0 | 7",
            "《地下水管理条例》   | 地下水管理条例         | 国务院令第748号    | ''           | 1 | title      | 0 | 7",
            "土地管理法           | 中华人民共和国土地管理法 | ''               | 土地管理法   | 2 | shortTitle | 0 | 5",
            "地下水条例           | 地下水管理条例         | 国务院令第748号    | ''           | 3 | title      | 0 | 7",
            "抗震管理             | 建设工程抗震管理条例   | 国务院令第744号    | ''           | 4 | title      | 4 | 8",
            "第744号              | 建设工程抗震管理条例   | 国务院令第744号    | ''           | 4 | docNumber  | 4 | 9",
            "地下水管理条列       | 地下水管理条例         | 国务院令第748号    | ''           | 5 | title      | 0 | 7",
            "财建〔2018〕578号    | 大气污染防治资金管理办法 | ''               | ''           | -1 | ''        | 0 | 0",
            "国务院令第 748 号    | 国务院令第741号        | 国务院令第741号    | ''           | -1 | ''         | 0 | 0",
            "地下水管理规定       | 地下水管理条例         | 国务院令第748号    | ''           | -1 | ''         | 0 | 0",
            "通知                 | 国务院办公厅关于全面实行行政许可事项清单管理的通知 | '' | 通知    | 4 | title      | 23 | 25",
    })
    void ranks(String query, String title, String docNumber, String shortTitles, int rank, String field, int from, int to) {
        TitleMatch m = TitleMatch.of(TitleMatch.Query.of(query), title, docNumber.isEmpty() ? null : docNumber,
                shortTitles.isEmpty() ? List.of() : List.of(shortTitles.split(";")));
        if (rank < 0) {
            assertThat(m).isNull();
            return;
        }
        assertThat(m).isNotNull();
        assertThat(m.rank()).isEqualTo(rank);
        assertThat(m.field().name()).isEqualTo(field);
        assertThat(m.text().substring(m.start(), m.end())).isEqualTo(
                (field.equals("title") ? title : field.equals("docNumber") ? docNumber : shortTitles).substring(from, to));
    }
}
