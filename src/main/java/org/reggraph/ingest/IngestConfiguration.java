package org.reggraph.ingest;

import org.reggraph.extract.Extractor;
import org.reggraph.extract.RelationStage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** Ingestion reads files with the real extractor; a test or an embedding application may declare its own reader. */
@Configuration(proxyBeanMethods = false)
public class IngestConfiguration {

    @Bean
    @Lazy // built when the first file is read, not while the service starts
    @ConditionalOnMissingBean(CorpusReader.class)
    CorpusReader corpusReader(IngestProperties properties) {
        long maxBytes = Math.max(properties.maxFileSize().toBytes(), Extractor.DEFAULT_MAX_BYTES);
        return new ExtractorCorpusReader(new Extractor(RelationStage.standard(), maxBytes));
    }
}
