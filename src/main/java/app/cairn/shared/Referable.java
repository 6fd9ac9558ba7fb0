package app.cairn.shared;

/** What other things may name by id, and so what a {@link ReferrerSource} is asked about. */
public enum Referable {
    /** A segment, by id. */
    SEGMENT,
    /** An e-mail template, by id. */
    TEMPLATE
}
