package org.reggraph.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.reggraph.graph.GraphChanged;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.interceptor.KeyGenerator;
import org.springframework.cache.support.NoOpCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Read endpoints cache their answers ({@code @Cacheable(cacheNames = AnswerCache.NAME, keyGenerator =
 * AnswerCache.KEYS)}). An answer is filed under the {@link GraphVersion} it was computed at: once any writer bumps
 * the version, no request finds the old answers any more (and they are dropped), so the cache never serves an answer
 * older than the last write — a write through this service (an ingest, {@link GraphChanged}) at once, a write by
 * another process within {@code reggraph.api.cache-version-check}. No time-to-live.
 * The cache is bounded by the size of the answers, not their number: one document can answer with 40 KB of JSON,
 * a search with 1 KB, and the heap is fixed.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching(order = 0) // outside the services' transactions: a cached answer opens none
public class AnswerCache {

    public static final String NAME = "answers";
    public static final String KEYS = "answerKeys";

    private final CacheManager caches;
    private final GraphVersion version;
    private volatile long cachedAt = -1;

    public AnswerCache(CacheManager caches, GraphVersion version) {
        this.caches = caches;
        this.version = version;
    }

    /** Graph version, class, method and arguments (compared by value: ids, numbers, enum lists, records). */
    @Bean(KEYS)
    KeyGenerator answerKeys() {
        return (target, method, params) -> {
            List<Object> key = new ArrayList<>(params.length + 3);
            key.add(enabled() ? currentVersion() : 0L);
            key.add(target.getClass().getSimpleName());
            key.add(method.getName());
            key.addAll(Arrays.asList(params));
            return key;
        };
    }

    /** Picked up by Spring Boot's Caffeine cache manager: each answer weighs its JSON size in bytes. */
    @Bean
    static Caffeine<Object, Object> answerCacheBuilder(ApiSettings settings, ObjectMapper json) {
        return Caffeine.newBuilder()
                .maximumWeight(settings.cacheSize().toBytes())
                .weigher((key, value) -> jsonSize(json, value));
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
        version.refresh();
        currentVersion();
    }

    private boolean enabled() {
        return !(caches instanceof NoOpCacheManager);
    }

    /** The current version; answers of earlier versions can never be asked for again, so they go. */
    private long currentVersion() {
        long v = version.current();
        if (v != cachedAt) {
            cachedAt = v;
            clear();
        }
        return v;
    }

    public void clear() {
        caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
    }
}
