package app.cairn.staff;

import app.cairn.shared.StaffRole;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a staff account must meet. The service enforces them; forms use them to explain a problem
 * before the user saves. Each check returns the translation key of the problem, or empty when fine.
 */
public final class StaffAccountRules {

    /** Shortest password accepted. */
    public static final int MIN_PASSWORD_LENGTH = 10;
    /** Longest password accepted (bcrypt reads at most 72 bytes; longer input is refused, not cut). */
    public static final int MAX_PASSWORD_BYTES = 72;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private StaffAccountRules() {}

    /** User names are kept in lower case without surrounding spaces. */
    public static String normaliseUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** 3–64 characters: lower-case letters, digits, dot, dash, underscore; starting with a letter or digit. */
    public static Optional<String> usernameProblem(String username) {
        return USERNAME.matcher(normaliseUsername(username)).matches()
                ? Optional.empty()
                : Optional.of("staff.error.username-invalid");
    }

    /** Required, at most 120 characters. */
    public static Optional<String> displayNameProblem(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return Optional.of("staff.error.display-name-required");
        }
        return displayName.strip().length() > 120 ? Optional.of("staff.error.display-name-too-long") : Optional.empty();
    }

    /** Optional; when given, must look like an e-mail address and fit 254 characters. */
    public static Optional<String> emailProblem(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        String trimmed = email.strip();
        return trimmed.length() <= 254 && EMAIL.matcher(trimmed).matches()
                ? Optional.empty()
                : Optional.of("staff.error.email-invalid");
    }

    /** At least {@value #MIN_PASSWORD_LENGTH} characters and at most {@value #MAX_PASSWORD_BYTES} UTF-8 bytes. */
    public static Optional<String> passwordProblem(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return Optional.of("staff.error.password-too-short");
        }
        return password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES
                ? Optional.of("staff.error.password-too-long")
                : Optional.empty();
    }

    /** At least one role. */
    public static Optional<String> rolesProblem(Set<StaffRole> roles) {
        return roles == null || roles.isEmpty() ? Optional.of("staff.error.roles-required") : Optional.empty();
    }
}
