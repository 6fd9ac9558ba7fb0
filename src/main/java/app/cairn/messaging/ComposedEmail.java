package app.cairn.messaging;

/**
 * A message as it is sent (or previewed): the filled subject and preheader, the cleaned HTML document and the
 * plain-text part made from it.
 *
 * @param unsubscribeUrl the address of the one-click unsubscribe (for the {@code List-Unsubscribe} header), or
 *     null in a preview
 */
public record ComposedEmail(String subject, String preheader, String html, String text, String unsubscribeUrl) {}
