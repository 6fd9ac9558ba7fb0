package app.cairn.shared.jdbc;

/**
 * {@code LIKE} patterns from text a user typed: {@code %}, {@code _} and the escape character {@code \} in the
 * text match only themselves (MySQL's and MariaDB's default escape is {@code \}).
 */
public final class LikePatterns {

    private LikePatterns() {}

    /** Matches values starting with the text. */
    public static String startingWith(String text) {
        return escape(text) + "%";
    }

    /** Matches values containing the text. */
    public static String containing(String text) {
        return "%" + escape(text) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
