package app.cairn.staff;

import app.cairn.shared.StaffRole;
import java.util.Set;

/**
 * An admin's changes to an existing staff account. The user name cannot change.
 *
 * @param email optional; blank for none
 * @param newPassword blank to keep the current password
 */
public record StaffAccountUpdate(
        String displayName, String email, Set<StaffRole> roles, boolean enabled, String newPassword) {}
