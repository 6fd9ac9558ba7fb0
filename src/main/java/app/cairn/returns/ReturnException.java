package app.cairn.returns;

import app.cairn.shared.RefusedException;

/** A return was refused; nothing was written. */
public class ReturnException extends RefusedException {

    /** Creates the exception for a translation key such as {@code returns.error.quantity}. */
    public ReturnException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
