package org.reggraph.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The answer cache is bounded by the JSON size of what it holds, whatever the number of answers. */
class AnswerCacheTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Answer(String title, List<String> articles) {
    }

    private static ApiSettings settings(DataSize cacheSize) {
        return new ApiSettings(Duration.ofSeconds(5), 5, 200, 500, 8, cacheSize, Duration.ZERO);
    }

    @Test
    void weightIsTheJsonSizeOfTheAnswer() {
        Answer answer = new Answer("地下水管理条例", List.of("第一条", "第二条"));
        assertThat(AnswerCache.jsonSize(JSON, answer)).isEqualTo(
                JSON.valueToTree(answer).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    @Test
    void largeAnswersEvictEachOtherWithinTheBudget() {
        Cache<Object, Object> cache = AnswerCache.answerCacheBuilder(settings(DataSize.ofKilobytes(100)), JSON).build();
        Answer big = new Answer("条例", List.of("第一条 为了加强地下水管理。".repeat(1000))); // ~40 KB of JSON
        for (int i = 0; i < 20; i++) {
            cache.put("document-" + i, big);
        }
        cache.cleanUp();
        long weight = cache.policy().eviction().orElseThrow().weightedSize().orElseThrow();
        assertThat(weight).isLessThanOrEqualTo(DataSize.ofKilobytes(100).toBytes());
        assertThat(cache.estimatedSize()).isBetween(1L, 2L);
    }

    @Test
    void smallAnswersAreKeptInNumbers() {
        Cache<Object, Object> cache = AnswerCache.answerCacheBuilder(settings(DataSize.ofMegabytes(1)), JSON).build();
        for (int i = 0; i < 5000; i++) {
            cache.put("search-" + i, new Answer("条例" + i, List.of()));
        }
        cache.cleanUp();
        assertThat(cache.estimatedSize()).isEqualTo(5000);
    }
}
