package app.cairn.customer;

/** Why the duplicate scan thinks two customers may be one person. */
public enum DuplicateReason {
    /** The e-mail addresses are the same once "+tags" (and, at Gmail, dots) are ignored. */
    EMAIL(0.95),
    /** The phone numbers are the same. */
    PHONE(0.8),
    /** The names are alike and the country, city and birthday are the same. */
    NAME_PLACE(0.9);

    private final double weight;

    DuplicateReason(double weight) {
        this.weight = weight;
    }

    /** How much this reason alone says, from 0 to 1; a name match is further scaled by how alike the names are. */
    double weight() {
        return weight;
    }

    /** Translation key of the reason's name. */
    public String labelKey() {
        return "duplicates.reason." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
