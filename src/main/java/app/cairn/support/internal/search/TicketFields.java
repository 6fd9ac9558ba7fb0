package app.cairn.support.internal.search;

import app.cairn.search.TextLanguage;

/** The ticket index's name and field names. */
final class TicketFields {

    static final String INDEX = "tickets";
    static final String NUMBER = "number";
    static final String SUBJECT_SHOWN = "subject_shown";
    static final String GROUP = "group";
    static final String ASSIGNEE = "assignee";
    static final String CUSTOMER = "customer";
    static final String ORDER = "order";
    static final String CREATED = "created";
    static final String UPDATED = "updated";
    static final String TAG = "tag";
    /** The requester's e-mail address whole (for {@code from:}). */
    static final String FROM = "from";
    /** The requester's name and address as words. */
    static final String REQUESTER = "requester";

    /** The subject, in one field per language (the one of the subject's language holds it). */
    static String subject(TextLanguage language) {
        return language.field("subject");
    }

    /** What messages say without quoted history, in one field per language. */
    static String body(TextLanguage language) {
        return language.field("body");
    }

    /** Messages with their quoted history, in one field per language; matches here rank lower. */
    static String quoted(TextLanguage language) {
        return language.field("quoted");
    }

    private TicketFields() {}
}
