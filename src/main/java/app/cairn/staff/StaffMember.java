package app.cairn.staff;

import app.cairn.shared.StaffRole;
import java.time.Instant;
import java.util.Set;

/**
 * A staff account as the rest of Cairn sees it (never its password hash).
 *
 * @param locked whether sign-in is blocked after too many failures, until an admin unlocks it or the
 *     lockout ends
 */
public record StaffMember(
        long id,
        String username,
        String displayName,
        String email,
        Set<StaffRole> roles,
        boolean enabled,
        boolean locked,
        Instant lastSignInAt,
        Instant createdAt) {

    /** Whether this member holds the role. */
    public boolean has(StaffRole role) {
        return roles.contains(role);
    }
}
