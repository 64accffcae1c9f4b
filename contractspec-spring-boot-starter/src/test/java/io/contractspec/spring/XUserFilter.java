package io.contractspec.spring;

import io.contractspec.spring.security.ProblemAuthenticationEntryPoint;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The kit's test credential as a Spring Security filter: {@code X-User: id[,role…]} authenticates
 * that user of organization {@code org-1} (a detail the starter reads as the organization claim);
 * {@code X-User: !} is a credential that does not hold.
 */
final class XUserFilter extends OncePerRequestFilter {

    private final ProblemAuthenticationEntryPoint entryPoint;

    XUserFilter(ProblemAuthenticationEntryPoint entryPoint) {
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = request.getHeader("X-User");
        if ("!".equals(user)) {
            entryPoint.commence(request, response, "The X-User credential is revoked.", "XUser error=\"revoked\"");
            return;
        }
        if (user != null) {
            String[] parts = user.split(",");
            var authorities = Arrays.stream(parts).skip(1).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
            var authentication = UsernamePasswordAuthenticationToken.authenticated(parts[0], null, authorities);
            authentication.setDetails(Map.of("org", "org-1"));
            SecurityContextHolder.getContext().setAuthentication(authentication);
        }
        chain.doFilter(request, response);
    }
}
