package app.cairn.shared;

/**
 * Role names as compile-time constants, for {@code @RolesAllowed} on views and services. They match
 * {@link StaffRole} names.
 */
public final class Roles {

    /** Manages staff accounts and settings; sees everything. */
    public static final String ADMIN = "ADMIN";
    /** Works with customers, segments, journeys and messages. */
    public static final String MARKETER = "MARKETER";
    /** Works with tickets, reviews and returns. */
    public static final String AGENT = "AGENT";

    private Roles() {}
}
