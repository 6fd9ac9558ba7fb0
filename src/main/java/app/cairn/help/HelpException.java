package app.cairn.help;

import app.cairn.shared.RefusedException;

/** A help centre change was refused; nothing was written. */
public class HelpException extends RefusedException {

    /** Creates the exception for a translation key such as {@code help.error.title}. */
    public HelpException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
