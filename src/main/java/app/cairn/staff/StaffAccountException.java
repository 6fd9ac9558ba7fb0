package app.cairn.staff;

import java.util.Arrays;

/**
 * A staff account change was refused; nothing was written. Carries a translation key and its arguments so
 * the UI can say exactly what to fix in the staff member's language.
 */
public class StaffAccountException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    /** Creates the exception for a translation key such as {@code staff.error.username-taken}. */
    public StaffAccountException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** Translation key of the message. */
    public String messageKey() {
        return messageKey;
    }

    /** Arguments for the message's placeholders. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
