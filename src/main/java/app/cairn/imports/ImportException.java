package app.cairn.imports;

import app.cairn.shared.RefusedException;

/** An import cannot start (the file cannot be read, or the mapping lacks a required field); nothing was written. */
public class ImportException extends RefusedException {

    /**
     * Creates the exception for a translation key such as {@code import.error.mapping-missing}; an
     * {@link ImportField} argument stands for the field's label.
     */
    public ImportException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
