package app.cairn.messaging.internal.tracking;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /email/**} is open to anyone holding a signed link: no sign-in, no session and no CSRF token (mail
 * programs post the one-click unsubscribe without one). The token is the authorisation; see
 * {@link TrackingController}.
 */
@Configuration(proxyBeanMethods = false)
public class PublicLinksSecurity {

    @Bean
    @Order(0)
    public SecurityFilterChain emailLinksSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/email/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .build();
    }
}
