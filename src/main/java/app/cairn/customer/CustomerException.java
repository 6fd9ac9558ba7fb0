package app.cairn.customer;

import app.cairn.shared.RefusedException;

/** A customer change was refused; nothing was written. */
public class CustomerException extends RefusedException {

    /** Creates the exception for a translation key such as {@code customer.error.email-invalid}. */
    public CustomerException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
