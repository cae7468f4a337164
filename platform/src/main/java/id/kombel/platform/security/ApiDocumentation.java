package id.kombel.platform.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * What the OpenAPI documents say about authentication, as the filter chain enforces it: every
 * operation needs a bearer token ({@code bearerAuth}) except the service's public paths, which
 * declare no security. {@link Caller} is resolved from that token, so it is never a parameter.
 */
final class ApiDocumentation implements GlobalOpenApiCustomizer {

    static final String SCHEME = "bearerAuth";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    private final List<PublicPath> publicPaths;

    ApiDocumentation(SecurityProperties properties) {
        this.publicPaths =
                properties.publicPaths().stream().map(PublicPath::parse).toList();
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        api.getComponents()
                .addSecuritySchemes(
                        SCHEME,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT")
                                .description("An access token from POST /api/v1/auth/login"));
        api.setSecurity(List.of(new SecurityRequirement().addList(SCHEME)));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation :
                    item.readOperationsMap().entrySet()) {
                if (isPublic(operation.getKey().name(), path)) {
                    // an empty list overrides the document-wide requirement: no token needed
                    operation.getValue().setSecurity(List.of());
                }
            }
        });
    }

    private boolean isPublic(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return publicPaths.stream().anyMatch(candidate -> candidate.matches(method, container));
    }

    /** One {@code kombel.security.public-paths} entry: {@code "METHOD /pattern"} or {@code "/pattern"}. */
    private record PublicPath(@Nullable String method, PathPattern pattern) {

        static PublicPath parse(String entry) {
            String[] parts = entry.trim().split("\\s+", 2);
            return parts.length == 2
                    ? new PublicPath(parts[0], PathPatternParser.defaultInstance.parse(parts[1]))
                    : new PublicPath(null, PathPatternParser.defaultInstance.parse(parts[0]));
        }

        boolean matches(String requestMethod, PathContainer path) {
            return (method == null || method.equalsIgnoreCase(requestMethod)) && pattern.matches(path);
        }
    }
}
