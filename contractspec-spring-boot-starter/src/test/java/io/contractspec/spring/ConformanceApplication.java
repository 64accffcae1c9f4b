package io.contractspec.spring;

import io.contractspec.core.registry.ContractModule;
import io.contractspec.core.spec.Spec;
import io.contractspec.rest.FlagResolver;
import io.contractspec.spring.security.ProblemAccessDeniedHandler;
import io.contractspec.spring.security.ProblemAuthenticationEntryPoint;
import io.contractspec.testing.rest.ConformanceContracts;
import io.contractspec.testing.rest.ConformanceHandlers;
import java.util.List;
import java.util.Set;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * A Spring Boot application serving the conformance registry through the starter: contracts as a
 * {@link ContractModule} bean, the kit's handlers as a {@link ContractHandlers} bean, callers
 * authenticated by Spring Security ({@link XUserFilter}), the beta flag from a header, plus the
 * notes feature of {@link NotesFeature} (typed handler methods writing through JdbcTemplate) and the
 * shared routes of {@link SharedRoutesFeature}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({NotesFeature.class, SharedRoutesFeature.class})
public class ConformanceApplication {

    @Bean
    ConformanceHandlers conformanceHandlers() {
        return new ConformanceHandlers();
    }

    @Bean
    ContractModule conformanceModule() {
        return new ContractModule() {
            @Override
            public String name() {
                return "conformance";
            }

            @Override
            public List<Spec> specs() {
                return ConformanceContracts.REGISTRY.all();
            }
        };
    }

    @Bean
    ContractHandlers conformanceBindings(ConformanceHandlers handlers) {
        return handlers::accept;
    }

    @Bean
    FlagResolver betaFlag() {
        return (headers, principal) -> headers.first("X-Beta").isPresent() ? Set.of("beta") : Set.of();
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
            ProblemAccessDeniedHandler denied) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .addFilterBefore(new XUserFilter(entryPoint), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
                .build();
    }
}
