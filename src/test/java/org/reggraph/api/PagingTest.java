package org.reggraph.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.data.domain.Pageable;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one page/size validation of every list endpoint. */
class PagingTest {

    final Paging paging = new Paging(new ApiSettings(Duration.ofSeconds(5), 5, 200, 500, 8, org.springframework.util.unit.DataSize.ofMegabytes(32), Duration.ZERO));

    @ParameterizedTest(name = "page={0} size={1} → offset {2}, size {3}")
    @CsvSource(nullValues = "null", value = {"null, null, 0, 20", "0, 1, 0, 1", "3, 50, 150, 50", "5000, 200, 1000000, 200",
            "null, 200, 0, 200"})
    void acceptsPagesWithinTheLimits(Integer page, Integer size, long offset, int pageSize) {
        Pageable p = paging.of(page, size, 20);
        assertThat(p.getOffset()).isEqualTo(offset);
        assertThat(p.getPageSize()).isEqualTo(pageSize);
    }

    @ParameterizedTest(name = "page={0} size={1} → 400 on {2}")
    @CsvSource(nullValues = "null", value = {"-1, null, page", "null, 0, size", "null, 201, size", "null, -5, size",
            "2147483647, null, page", "2147483647, 200, page", "5001, 200, page", "1000001, 1, page"})
    void rejectsTheRestNamingTheParameter(Integer page, Integer size, String parameter) {
        assertThatThrownBy(() -> paging.of(page, size, 20)).isInstanceOfSatisfying(InvalidParameterException.class,
                e -> assertThat(e.parameter()).isEqualTo(parameter));
    }
}
