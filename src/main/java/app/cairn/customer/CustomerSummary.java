package app.cairn.customer;

import java.time.Instant;

/** One row of the customer list. */
public record CustomerSummary(
        long id, String firstName, String lastName, String email, String country, String city, Instant signupAt) {

    /**
     * The name as the customer would write it: "first last", or family name first without a space for Chinese,
     * Japanese and Korean names; the e-mail address when there is no name.
     */
    public String displayName() {
        String first = firstName == null ? "" : firstName;
        String last = lastName == null ? "" : lastName;
        String name = (isCjk(first + last) ? last + first : first + " " + last).strip();
        return name.isEmpty() ? (email == null ? "#" + id : email) : name;
    }

    private static boolean isCjk(String text) {
        return !text.isEmpty()
                && text.codePoints().allMatch(c -> {
                    Character.UnicodeScript script = Character.UnicodeScript.of(c);
                    return script == Character.UnicodeScript.HAN
                            || script == Character.UnicodeScript.HIRAGANA
                            || script == Character.UnicodeScript.KATAKANA
                            || script == Character.UnicodeScript.HANGUL;
                });
    }
}
