package org.reggraph.api;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The one paging model of the list endpoints: {@code page} (from 0) and {@code size} (1 to
 * {@code reggraph.api.max-page-size}) become a Spring Data {@link Pageable}; answers are Spring Data pages, written
 * as {@code {content: [...], page: {size, number, totalElements, totalPages}}}. Out-of-range values are 400 problems
 * naming the parameter, never clamped silently.
 */
@Component
public class Paging {

    /** Deepest item a page may start at: deeper pages would only make the database skip rows for nothing. */
    public static final long MAX_OFFSET = 1_000_000;

    private final ApiSettings settings;

    public Paging(ApiSettings settings) {
        this.settings = settings;
    }

    public Pageable of(Integer page, Integer size, int defaultSize) {
        int p = page == null ? 0 : page;
        int s = size == null ? defaultSize : size;
        if (p < 0) {
            throw new InvalidParameterException("page", "'page' must be 0 or more, was " + p);
        }
        if (s < 1 || s > settings.maxPageSize()) {
            throw new InvalidParameterException("size", "'size' must be between 1 and " + settings.maxPageSize()
                    + ", was " + s);
        }
        if ((long) p * s > MAX_OFFSET) {
            throw new InvalidParameterException("page", "'page' × 'size' must be at most " + MAX_OFFSET + ", was "
                    + p + " × " + s);
        }
        return PageRequest.of(p, s);
    }
}
