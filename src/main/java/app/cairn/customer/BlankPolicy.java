package app.cairn.customer;

/** What a blank value in an import does to a value Cairn already has. */
public enum BlankPolicy {
    /** A blank cell leaves the existing value as it is. */
    KEEP,
    /** A blank cell clears the existing value. */
    CLEAR
}
