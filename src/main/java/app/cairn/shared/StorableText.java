package app.cairn.shared;

/**
 * Text the database would store changed: a NUL character, or half of a character (a lone UTF-16 surrogate, which a
 * browser or a JSON body can carry but no encoding can store). Such text is refused where it comes in, naming the
 * field, rather than stored as something else.
 */
public final class StorableText {

    private StorableText() {}

    /** Whether the text can be stored as it is; null can. */
    public static boolean storable(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Refuses text that cannot be stored as it is.
     *
     * @param field the translation key of the field's name, shown in the message
     * @throws RefusedException {@code shared.error.text-unstorable} naming the field
     */
    public static String require(String field, String text) {
        if (!storable(text)) {
            throw new RefusedException("shared.error.text-unstorable", new Translatable(field));
        }
        return text;
    }

    /** A message argument that is itself a translation key (a field's name). */
    public record Translatable(String key) {}
}
