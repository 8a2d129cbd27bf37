package org.reggraph.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.reggraph.graph.GraphChanged;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The graph is read-mostly: it changes only when something is ingested. Read endpoints therefore cache their answers
 * ({@code @Cacheable(cacheNames = AnswerCache.NAME, key = AnswerCache.KEY)}) until ingestion announces
 * {@link GraphChanged}.
 * Writers in other processes (an external Neo4j) are seen once the TTL ({@code REGGRAPH_API_CACHE_TTL}) has passed.
 * The cache is bounded by the size of the answers, not their number: one document can answer with 40 KB of JSON,
 * a search with 1 KB, and the heap is fixed.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class AnswerCache {

    public static final String NAME = "answers";
    /** Class, method and arguments (compared by value: ids, numbers, enum lists). */
    public static final String KEY = "{#root.targetClass.simpleName, #root.methodName, T(java.util.Arrays).asList(#root.args)}";

    private final CacheManager caches;

    public AnswerCache(CacheManager caches) {
        this.caches = caches;
    }

    /** Picked up by Spring Boot's Caffeine cache manager: each answer weighs its JSON size in bytes. */
    @Bean
    static Caffeine<Object, Object> answerCacheBuilder(ApiSettings settings, ObjectMapper json) {
        return Caffeine.newBuilder()
                .maximumWeight(settings.cacheSize().toBytes())
                .weigher((key, value) -> jsonSize(json, value))
                .expireAfterWrite(settings.cacheTtl());
    }

    static int jsonSize(ObjectMapper json, Object value) {
        long[] bytes = {0};
        try (OutputStream counter = new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        }) {
            json.writeValue(counter, value);
        } catch (IOException | RuntimeException e) {
            return 1; // not serialisable (a cached null): tiny
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes[0]);
    }

    @EventListener
    public void graphChanged(GraphChanged event) {
        clear();
    }

    public void clear() {
        caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
    }
}
