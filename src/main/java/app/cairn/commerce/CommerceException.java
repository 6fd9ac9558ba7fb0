package app.cairn.commerce;

import app.cairn.shared.RefusedException;

/** Commerce data was refused; nothing was written. */
public class CommerceException extends RefusedException {

    /** Creates the exception for a translation key such as {@code commerce.error.no-lines}. */
    public CommerceException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
