package app.cairn.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in posted from another site (login cross-site request forgery, which would sign the victim's
 * browser in to the attacker's account). Browsers say where a form post comes from: {@code Sec-Fetch-Site} and
 * {@code Origin}. A post whose {@code Sec-Fetch-Site} is neither {@code same-origin} nor {@code none}, or whose
 * {@code Origin} is another scheme, host or port than the request's own, is answered 403 before any password is
 * looked at. Behind a reverse proxy the request's own address is the forwarded one
 * ({@code server.forward-headers-strategy}).
 */
final class SameOriginSignIn extends OncePerRequestFilter {

    private final String loginPath;

    SameOriginSignIn(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().equals(request.getContextPath() + loginPath);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String site = request.getHeader("Sec-Fetch-Site");
        String origin = request.getHeader("Origin");
        boolean foreignSite = site != null && !"same-origin".equals(site) && !"none".equals(site);
        if (foreignSite || (origin != null && !sameOrigin(origin, request))) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI from = URI.create(origin);
            int port = from.getPort() != -1 ? from.getPort() : "https".equals(from.getScheme()) ? 443 : 80;
            return request.getScheme().equalsIgnoreCase(from.getScheme())
                    && request.getServerName()
                            .toLowerCase(Locale.ROOT)
                            .equals(String.valueOf(from.getHost()).toLowerCase(Locale.ROOT))
                    && request.getServerPort() == port;
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
