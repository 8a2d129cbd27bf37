package org.reggraph.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of the query API: spec at {@code /v3/api-docs}, UI at {@code /swagger-ui.html}. */
@Configuration
public class OpenApiConfiguration {

    @Bean
    OpenAPI reggraphOpenApi() {
        return new OpenAPI().info(new Info()
                .title("reggraph query API")
                .description("Read-only queries over the knowledge graph of Chinese regulations: documents, their "
                        + "articles, citations, legal bases, amendments and repeals, agencies and their duties. "
                        + "Ids contain Chinese characters and 〔〕 and must be URL-encoded in paths. "
                        + "Errors are RFC 9457 problem details (400 invalid parameter, 404 unknown id or path, "
                        + "503 query timeout or database unavailable; uploads: 401/403 key, 413 size or file count).")
                .version("1.0")
                .license(new License().name("Apache-2.0")));
    }
}
