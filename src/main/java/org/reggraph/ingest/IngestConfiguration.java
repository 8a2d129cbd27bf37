package org.reggraph.ingest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Default beans of ingestion; the real extractor replaces the placeholder reader by declaring its own bean. */
@Configuration(proxyBeanMethods = false)
public class IngestConfiguration {

    @Bean
    @ConditionalOnMissingBean(CorpusReader.class)
    CorpusReader placeholderCorpusReader() {
        return new PlaceholderCorpusReader();
    }
}
