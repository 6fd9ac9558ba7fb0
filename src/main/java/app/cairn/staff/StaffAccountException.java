package app.cairn.staff;

import app.cairn.shared.RefusedException;

/** A staff account change was refused; nothing was written. */
public class StaffAccountException extends RefusedException {

    /** Creates the exception for a translation key such as {@code staff.error.username-taken}. */
    public StaffAccountException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
