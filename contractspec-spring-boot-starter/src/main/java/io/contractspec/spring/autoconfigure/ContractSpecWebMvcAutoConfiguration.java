package io.contractspec.spring.autoconfigure;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.rest.FlagResolver;
import io.contractspec.rest.auth.SecurityScheme;
import io.contractspec.rest.internal.RouteTable;
import io.contractspec.rest.openapi.OpenApiOptions;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.spring.ContractSpecProperties;
import io.contractspec.spring.OpenApiCustomizer;
import io.contractspec.spring.PrincipalResolver;
import io.contractspec.spring.internal.ContractRoutes;
import io.contractspec.spring.internal.OpenApiDocument;
import io.contractspec.spring.internal.OpenApiEndpoint;
import io.contractspec.spring.internal.ResponseWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Serves every operation and the OpenAPI document through the application's DispatcherServlet, on
 * the application's port: no second server.
 */
@AutoConfiguration(after = ContractSpecAutoConfiguration.class,
        afterName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "contractspec.rest.enabled", matchIfMissing = true)
@PublicApi
public class ContractSpecWebMvcAutoConfiguration {

    @Bean
    public ContractRoutes contractRoutes(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping,
            OperationExecutor executor, ContractSpecProperties properties, ResponseWriter responses,
            ObjectProvider<PrincipalResolver> principals, ObjectProvider<FlagResolver> flags,
            ObjectProvider<OpenApiCustomizer> customizers, ResourceLoader resources) {
        ContractSpecProperties.Rest rest = properties.getRest();
        ContractRegistry registry = executor.registry();
        OpenApiEndpoint openApi = null;
        if (rest.getOpenapi().getPath() != null && !rest.getOpenapi().getPath().isBlank()) {
            OpenApiOptions options = OpenApiOptions.builder()
                    .title(rest.getOpenapi().getTitle())
                    .version(rest.getOpenapi().getVersion())
                    .description(rest.getOpenapi().getDescription())
                    .basePath(RouteTable.normalizeBasePath(rest.getBasePath()))
                    .securityScheme(securityScheme(rest.getOpenapi().getSecurityScheme()))
                    .build();
            openApi = new OpenApiEndpoint(rest.getOpenapi().getPath(), OpenApiDocument.build(registry, options,
                    rest.getOpenapi().getInclude(), resources, responses.json(), customizers.orderedStream().toList()), responses);
        }
        return new ContractRoutes(mapping, RouteTable.of(registry, rest.getBasePath()), executor,
                principals.getIfAvailable(() -> PrincipalResolver.ANONYMOUS), flags.getIfAvailable(() -> FlagResolver.NONE),
                responses, rest.getMaxBodyBytes(), openApi);
    }

    private static SecurityScheme securityScheme(ContractSpecProperties.SecuritySchemeKind kind) {
        return switch (kind) {
            case BEARER -> SecurityScheme.bearer("JWT");
            case BASIC -> new SecurityScheme("basicAuth", "http", "basic", null);
            case NONE -> null;
        };
    }
}
