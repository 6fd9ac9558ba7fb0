package app.cairn.support;

import app.cairn.shared.RefusedException;

/** A ticket change was refused; nothing was written. */
public class TicketException extends RefusedException {

    /**
     * Creates the exception for a translation key such as {@code support.error.subject}. Numbers and ids given as
     * {@code long} are shown as written (#1234, not #1,234).
     */
    public TicketException(String messageKey, Object... arguments) {
        super(messageKey, plainLongs(arguments));
    }

    private static Object[] plainLongs(Object[] arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Long id) {
                shown[i] = id.toString();
            }
        }
        return shown;
    }
}
