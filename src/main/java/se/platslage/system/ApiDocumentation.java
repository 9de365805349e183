package se.platslage.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of {@code /api} ({@code /v3/api-docs}, springdoc). Its server is the relative {@code /},
 * not the URL of the request, so the document is the same wherever it is read: the build generates a client
 * from a checked-in copy and a test compares that copy with this document (README, "API").
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";

    @Bean
    OpenAPI platslageOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Platsläge API").version("1")
                        .description("Places, problems, measures, follow-ups and ÖDS targets of the city's "
                                + "place-safety action plans. Coordinates out are WGS84 lon/lat (RFC 7946); "
                                + "errors are application/problem+json (RFC 9457)."))
                .servers(List.of(new Server().url("/")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("username and password of a local account"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("a personal API token (pls_…) from POST /api/me/tokens")))
                .security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER)));
    }

    /**
     * Operations named after their feature and handler ({@code measureAddFollowUp}), grouped by feature
     * ({@code measure}): springdoc's own ids number clashing handler names ({@code get_3}) in an order that
     * shifts when a controller is added, and a generated client's method names would shift with them.
     */
    @Bean
    OperationCustomizer featureOperationIds() {
        return (operation, handler) -> {
            String feature = feature(handler.getBeanType().getSimpleName());
            String method = handler.getMethod().getName();
            operation.setOperationId(feature + Character.toUpperCase(method.charAt(0)) + method.substring(1));
            operation.setTags(List.of(feature));
            return operation;
        };
    }

    /** {@code MeasureController} → {@code measure}. */
    static String feature(String controllerName) {
        String stem = controllerName.replaceFirst("Controller$", "");
        return Character.toLowerCase(stem.charAt(0)) + stem.substring(1);
    }
}
