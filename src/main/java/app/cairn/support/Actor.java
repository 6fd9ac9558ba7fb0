package app.cairn.support;

/**
 * Who made a change: a staff member (by id, with the name the history shows), the customer, or a system such as
 * an API key.
 *
 * @param staffId the staff member's id, or null when not staff
 * @param name what the ticket's history shows, e.g. "anna", "customer", "api:key-3"
 */
public record Actor(Long staffId, String name) {

    /** A staff member. */
    public static Actor staff(long staffId, String username) {
        return new Actor(staffId, username);
    }

    /** The ticket's customer. */
    public static Actor customer() {
        return new Actor(null, "customer");
    }

    /** A system: an API key, a job, a journey. */
    public static Actor system(String name) {
        return new Actor(null, name);
    }

    /** Whether a staff member made the change. */
    public boolean isStaff() {
        return staffId != null;
    }
}
