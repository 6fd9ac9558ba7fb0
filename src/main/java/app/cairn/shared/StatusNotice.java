package app.cairn.shared;

import java.util.Optional;

/**
 * Implemented by a module with something every admin must know at once (the SMTP server cannot be reached, say).
 * The main layout asks every such bean when a page opens and shows what they say as a banner to admins.
 */
public interface StatusNotice {

    /** The notice to show now, as a translation key with its arguments, or empty when all is well. */
    Optional<Notice> current();

    /** A notice: a translation key and its arguments. */
    record Notice(String messageKey, Object... arguments) {}
}
