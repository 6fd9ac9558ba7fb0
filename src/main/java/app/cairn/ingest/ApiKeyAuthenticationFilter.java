package app.cairn.ingest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in with its key ({@code Authorization: Bearer cairn_…} or {@code X-API-Key: cairn_…}). A
 * request without a valid, unrevoked key gets 401 as {@code application/problem+json}.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private final ApiKeyManagement keys;
    private final SecurityContextHolderStrategy contexts;

    /**
     * @param contexts the strategy the rest of the filter chain reads the signed-in client from (Vaadin installs its
     *     own, so the static {@code SecurityContextHolder} is not necessarily it)
     */
    ApiKeyAuthenticationFilter(ApiKeyManagement keys, SecurityContextHolderStrategy contexts) {
        this.keys = keys;
        this.contexts = contexts;
    }

    /** The OpenAPI document is public. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().endsWith("/api/v1/openapi.yaml");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var keyId = keys.authenticate(secret(request));
        if (keyId.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(java.nio.charset.StandardCharsets.UTF_8);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Cairn API\"");
            response.getWriter().write("""
                    {"type":"about:blank","title":"Unauthorized","status":401,\
                    "detail":"Send a valid API key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'."}""");
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                new ApiClient(keyId.get()), null, List.of(new SimpleGrantedAuthority("ROLE_API")));
        var context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }

    private static String secret(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).strip();
        }
        String apiKey = request.getHeader("X-API-Key");
        return apiKey == null ? null : apiKey.strip();
    }

    /** The signed-in API client: the id of its key. */
    record ApiClient(long keyId) {}
}
