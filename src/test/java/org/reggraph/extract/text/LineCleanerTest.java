package org.reggraph.extract.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineCleanerTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "92", "- 3 -", "—12—", "第 3 页",
            "http://www.gov.cn/zhengce/zhengceku/2021-07/13/5624610/files/cd32c1bd1ca2493eb23ae188313b013d.pdf",
            " 国务院文件", " 部门规章和规范性文件", "## 部门规章和规范性文件", " （发改委）", " （财税部门）", "# 目 录",
            "关于印发 2030 年前碳达峰行动方案的通知 (国发〔2021〕23 号) .....\t57",
            "   ", "**  **"
    })
    void dropsArtefacts(String line) {
        assertTrue(new LineCleaner().clean(List.of(line)).isEmpty(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2021 年 7 月 19 日", "国办发〔2021〕26 号", "第一章 总 则", "（2021-2023 年）", "国务院办公厅",
            "附件：5G应用发展主要指标（略）", "（2022 年版）"
    })
    void keepsContent(String line) {
        assertFalse(new LineCleaner().clean(List.of(line)).isEmpty(), line);
    }

    @Test
    void keepsInputLineNumbers() {
        List<CleanLine> lines = new LineCleaner().clean(List.of(" 中华人民共和国国务院令", "", "第 744 号", "", "45", "总理 李克强"));
        assertEquals(List.of(1, 3, 6), lines.stream().map(CleanLine::number).toList());
        assertEquals("第744号", lines.get(1).squeezed());
    }
}
