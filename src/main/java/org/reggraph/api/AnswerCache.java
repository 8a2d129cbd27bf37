package org.reggraph.api;

import org.reggraph.graph.GraphChanged;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The graph is read-mostly: it changes only when something is ingested. Read endpoints therefore cache their answers
 * ({@code @Cacheable(cacheNames = AnswerCache.NAME, key = AnswerCache.KEY)}) until ingestion announces
 * {@link GraphChanged}.
 * Writers in other processes (an external Neo4j) are seen once the TTL ({@code REGGRAPH_API_CACHE_TTL}) has passed.
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

    @EventListener
    public void graphChanged(GraphChanged event) {
        clear();
    }

    public void clear() {
        caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
    }
}
