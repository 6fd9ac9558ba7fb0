package app.cairn.messaging;

/**
 * One e-mail to queue for a customer because something happened (a journey reached its send step).
 *
 * @param key unique per message, such as {@code journey:17:3}; queueing the same key again adds nothing
 * @param sourceId what sent it, such as the journey enrolment
 */
public record TriggeredEmail(String key, long customerId, long sourceId) {

    public TriggeredEmail {
        if (key == null || key.isBlank() || key.length() > 100) {
            throw new IllegalArgumentException("An e-mail's key must have 1 to 100 characters: " + key);
        }
    }
}
