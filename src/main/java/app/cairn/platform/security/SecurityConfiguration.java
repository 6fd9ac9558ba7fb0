package app.cairn.platform.security;

import app.cairn.platform.ui.LoginView;
import app.cairn.shared.Roles;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Who may reach what. Staff sign in on the Vaadin login view; pages are guarded by their access
 * annotations. Actuator: health and its probes are public (load balancers, Docker), everything else
 * needs an admin over HTTP Basic.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * What the pages may load and run. Vaadin Flow starts its client with an inline script and runs the
     * expressions the server sends as functions, so scripts need {@code 'unsafe-inline'} and
     * {@code 'unsafe-eval'}; everything else comes from Cairn itself, but for images in e-mail previews (a
     * template's images may be hosted anywhere over HTTPS). No page may be framed, no plugin loaded and no form
     * sent elsewhere.
     */
    static final String PAGE_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob: https:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
        // Status set directly: sendError() would dispatch to /error, which the Vaadin chain answers with a redirect.
        AuthenticationEntryPoint basic = (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Cairn\"");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        };
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth.requestMatchers(EndpointRequest.to("health"))
                        .permitAll()
                        .anyRequest()
                        .hasRole(Roles.ADMIN))
                .httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(basic))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(basic)
                        .accessDeniedHandler(
                                (request, response, denied) -> response.setStatus(HttpServletResponse.SC_FORBIDDEN)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinSecurity(HttpSecurity http, SignInFailureHandler failureHandler) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles.css", "/icons/**", "/images/**")
                .permitAll()
                // attachments and raw e-mails of tickets: support staff only
                .requestMatchers("/support/files/**")
                .hasAnyRole(Roles.ADMIN, Roles.AGENT));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        http.formLogin(form -> form.failureHandler(failureHandler));
        http.addFilterBefore(new SameOriginSignIn("/login"), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    /** Security headers on every response, before any other filter (see {@link SecurityHeaders}). */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder(@Value("${cairn.security.bcrypt-strength:12}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }
}
