package io.contractspec.spring.autoconfigure;

import io.contractspec.annotations.PublicApi;
import io.contractspec.spring.ContractSpecProperties;
import io.contractspec.spring.PrincipalResolver;
import io.contractspec.spring.internal.ResponseWriter;
import io.contractspec.spring.security.AuthenticationPrincipals;
import io.contractspec.spring.security.ProblemAccessDeniedHandler;
import io.contractspec.spring.security.ProblemAuthenticationEntryPoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * With Spring Security on the classpath, callers are who Spring Security authenticated, and its
 * refusals can be answered with problem documents (wire the two handler beans into the application's
 * {@code SecurityFilterChain}).
 */
@AutoConfiguration(after = ContractSpecAutoConfiguration.class, before = ContractSpecWebMvcAutoConfiguration.class)
@ConditionalOnClass({SecurityContextHolder.class, AuthenticationEntryPoint.class})
@PublicApi
public class ContractSpecSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public PrincipalResolver contractPrincipalResolver(ContractSpecProperties properties) {
        return new AuthenticationPrincipals(properties.getSecurity());
    }

    @Bean
    @ConditionalOnMissingBean
    public ProblemAuthenticationEntryPoint contractAuthenticationEntryPoint(ResponseWriter responses,
            ContractSpecProperties properties) {
        return new ProblemAuthenticationEntryPoint(responses, properties.getRest().getChallenge());
    }

    @Bean
    @ConditionalOnMissingBean
    public ProblemAccessDeniedHandler contractAccessDeniedHandler(ResponseWriter responses) {
        return new ProblemAccessDeniedHandler(responses);
    }
}
