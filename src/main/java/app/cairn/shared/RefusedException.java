package app.cairn.shared;

import java.util.Arrays;

/**
 * A change a module refused because the input broke one of its rules; nothing was written. Carries a translation
 * key and its arguments so that the UI can say exactly what to fix in the staff member's language.
 */
public class RefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    /** Creates the exception for a translation key such as {@code staff.error.username-taken}. */
    public RefusedException(String messageKey, Object... arguments) {
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
