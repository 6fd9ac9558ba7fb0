package app.cairn.support;

/** Who wrote a message. */
public enum AuthorType {
    CUSTOMER,
    STAFF,
    /** Cairn itself (a confirmation, an escalation). */
    SYSTEM
}
