package app.cairn.shared;

import java.util.regex.Pattern;

/**
 * Makes a cell safe to open in a spreadsheet (OWASP "CSV injection"): a value starting with {@code = + - @},
 * a tab or a carriage return would run as a formula, so it gets a leading apostrophe. Plain numbers such as
 * {@code -12.5} stay as they are.
 */
public final class SpreadsheetText {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    private SpreadsheetText() {}

    /** The value as a spreadsheet will show it and never run it; null stays null. */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !NUMBER.matcher(value).matches() ? "'" + value : value;
    }
}
