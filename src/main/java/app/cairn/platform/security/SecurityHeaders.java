package app.cairn.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers every response carries, whichever way it is served: the Content Security Policy
 * ({@link SecurityConfiguration#PAGE_POLICY}), no framing, no content sniffing, and the referrer cut to the origin
 * when a link leaves Cairn. A servlet filter rather than Spring Security's header writers alone, because Vaadin
 * serves its login page and static files on requests that Spring Security is told to ignore.
 */
final class SecurityHeaders extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", SecurityConfiguration.PAGE_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }
}
