package app.cairn.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed sign-in back to the login page, saying why: a locked account (too many failures) or a
 * disabled one gets its own message; anything else the usual "wrong user name or password".
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason =
                switch (exception) {
                    case LockedException locked -> "locked";
                    case DisabledException disabled -> "disabled";
                    default -> "credentials";
                };
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
