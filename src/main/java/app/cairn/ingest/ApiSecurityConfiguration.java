package app.cairn.ingest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/** {@code /api/**} is stateless and opened only by an API key; no session, no CSRF, no form login. */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain apiSecurity(
            HttpSecurity http, ApiKeyManagement keys, ObjectProvider<SecurityContextHolderStrategy> strategy)
            throws Exception {
        SecurityContextHolderStrategy contexts =
                strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers("/api/v1/openapi.yaml")
                        .permitAll()
                        .anyRequest()
                        .hasRole("API"))
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys, contexts), AnonymousAuthenticationFilter.class)
                // after the key is checked, so a caller without one makes nothing read
                .addFilterAfter(new RequestBodyLimit(), ApiKeyAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
