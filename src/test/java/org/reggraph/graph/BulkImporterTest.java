package org.reggraph.graph;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BulkImporterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one line per record                 | '"国办发〔2021〕26号",Document,"关于完善科技成果评价机制的指导意见"'   | false
            doubled quotes inside a field        | '"a1",Article,"称""主管部门""，是指"'                              | false
            a field continued on the next line   | '"a1",Article,"第一条 为了规范\\n（一）行政执法"'                  | true
            a field holding only a line break    | '"a1",Article,"\\n"'                                              | true
            """)
    void multilineFieldsAreDetected(String name, String record, boolean multiline, @TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("nodes-Article.csv"), "id:ID(Article),:LABEL,text\n"
                + record.replace("\\n", "\n") + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.txt"), "\"", StandardCharsets.UTF_8); // not a CSV file: ignored
        assertThat(BulkImporter.hasMultilineFields(dir)).isEqualTo(multiline);
    }
}
