package io.customercodes.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of /api, served at /api/openapi.json to signed-in users. */
@Configuration
class OpenApiDescription {

    @Bean
    OpenAPI customerCodesApi() {
        return new OpenAPI()
                .info(new Info().title("Customer Codes API").version("1")
                        .description("Customer satisfaction codes of conduct (ISO 10001): codes, their versions "
                                + "with promises, related provisions and performance indicators, the differences "
                                + "between versions and the audit trail of decisions. Everyone signed in reads "
                                + "codes customers have seen and their published versions; drafts and the audit "
                                + "trail are for code managers, compliance and top management, reviews and "
                                + "indicator readings for code managers and top management, a model code's "
                                + "adopters and complaint counts per model promise for code sponsors. An endpoint a group "
                                + "may never use answers 403; a code or version hidden from the caller answers "
                                + "404 like one that does not exist. Errors are "
                                + "application/problem+json; a 400 names the field at fault. Every list comes in "
                                + "pages: page from 1, size up to " + PageParameter.MAX_SIZE + " (default 100); "
                                + "X-Total-Count holds the number of entries, Link (RFC 8288) the first, previous, "
                                + "next and last page. The order is stable, its last key unique: codes by key, "
                                + "versions by number, complaints as received, decisions as taken, reviews as "
                                + "started, readings as measured and recorded (each then by id), indicators in "
                                + "the version's order."))
                .components(new Components().addSecuritySchemes("basic", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("A Camunda user's id and password, as for Tasklist")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
