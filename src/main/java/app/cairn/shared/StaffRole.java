package app.cairn.shared;

/** What a staff member may do in Cairn. A staff member holds one or more roles. */
public enum StaffRole {
    ADMIN(Roles.ADMIN),
    MARKETER(Roles.MARKETER),
    AGENT(Roles.AGENT);

    private final String roleName;

    StaffRole(String roleName) {
        this.roleName = roleName;
    }

    /** The Spring Security authority for this role, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + roleName;
    }

    /** Key of this role's display name in the UI translations. */
    public String labelKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
