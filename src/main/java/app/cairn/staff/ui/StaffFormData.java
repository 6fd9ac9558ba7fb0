package app.cairn.staff.ui;

import app.cairn.shared.StaffRole;
import app.cairn.staff.NewStaffAccount;
import app.cairn.staff.StaffAccountUpdate;
import app.cairn.staff.StaffMember;
import java.util.EnumSet;
import java.util.Set;

/** What the staff form edits: a mutable bean for Vaadin's binder, turned into the module's records. */
public class StaffFormData {

    private Long id;
    private String username = "";
    private String displayName = "";
    private String email = "";
    private String password = "";
    private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
    private boolean enabled = true;
    private boolean locked;

    /** Empty data for a new account. */
    public static StaffFormData blank() {
        return new StaffFormData();
    }

    /** Data of an existing account (password left empty: keep). */
    public static StaffFormData of(StaffMember member) {
        StaffFormData data = new StaffFormData();
        data.id = member.id();
        data.username = member.username();
        data.displayName = member.displayName();
        data.email = member.email() == null ? "" : member.email();
        data.roles = member.roles().isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(member.roles());
        data.enabled = member.enabled();
        data.locked = member.locked();
        return data;
    }

    /** Whether this is a new account. */
    public boolean isNew() {
        return id == null;
    }

    NewStaffAccount toNewAccount() {
        return new NewStaffAccount(username, displayName, email, password, Set.copyOf(roles));
    }

    StaffAccountUpdate toUpdate() {
        return new StaffAccountUpdate(displayName, email, Set.copyOf(roles), enabled, password);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Set<StaffRole> getRoles() {
        return roles;
    }

    public void setRoles(Set<StaffRole> roles) {
        this.roles = roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isLocked() {
        return locked;
    }
}
