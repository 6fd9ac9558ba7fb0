package app.cairn.staff;

import app.cairn.shared.StaffRole;
import java.util.Set;

/**
 * What an admin enters to create a staff account. Checked by {@link StaffAccountRules}.
 *
 * @param email optional; blank for none
 */
public record NewStaffAccount(
        String username, String displayName, String email, String password, Set<StaffRole> roles) {}
