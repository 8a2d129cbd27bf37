package org.reggraph.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * Limits of the query API.
 *
 * @param queryTimeout  a read query running longer is cancelled and answered with 503
 * @param maxDepth      largest traversal depth accepted
 * @param maxPageSize   largest page size accepted
 * @param maxGraphNodes largest neighbourhood returned for the graph view
 * @param maxPathLength longest path searched
 * @param cacheSize     the answer cache holds answers up to this much JSON (env REGGRAPH_API_CACHE_SIZE)
 * @param cacheVersionCheck cached answers are checked against the graph version at most this often (0: every request)
 */
@ConfigurationProperties("reggraph.api")
public record ApiSettings(@DefaultValue("5s") Duration queryTimeout,
                          @DefaultValue("5") int maxDepth,
                          @DefaultValue("200") int maxPageSize,
                          @DefaultValue("500") int maxGraphNodes,
                          @DefaultValue("8") int maxPathLength,
                          @DefaultValue("32MB") DataSize cacheSize,
                          @DefaultValue("250ms") Duration cacheVersionCheck) {
}
