package app.cairn.support.internal;

import app.cairn.shared.StorableText;
import app.cairn.support.TicketException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The text of a message as it is kept: plain text, and HTML cleaned to formatting and links (no scripts, styles,
 * forms, frames or images, which could track or mislead the agent reading it). A message given only as HTML gets its
 * plain text from it.
 */
public record MessageText(String text, String html) {

    /** The longest message kept, in characters. */
    public static final int MAX_LENGTH = 200_000;

    private static final Safelist ALLOWED = Safelist.relaxed().removeTags("img");

    /**
     * Checks and cleans a message.
     *
     * @throws TicketException when it is empty, too long, or holds text that cannot be stored
     */
    public static MessageText of(String text, String html) {
        StorableText.require("support.field.message", text);
        StorableText.require("support.field.message", html);
        String cleanHtml = html == null || html.isBlank() ? null : clean(html);
        String plain = text == null || text.isBlank() ? (cleanHtml == null ? null : plainOf(cleanHtml)) : text.strip();
        if (plain == null || plain.isBlank()) {
            throw new TicketException("support.error.message-empty");
        }
        if (plain.length() > MAX_LENGTH || (cleanHtml != null && cleanHtml.length() > MAX_LENGTH)) {
            throw new TicketException("support.error.message-long", MAX_LENGTH);
        }
        return new MessageText(plain, cleanHtml);
    }

    private static String clean(String html) {
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", ALLOWED, output);
    }

    private static String plainOf(String html) {
        Document document = Jsoup.parse(html);
        document.select("br").after("\\n");
        document.select("p, div, li, tr, h1, h2, h3, h4, blockquote").after("\\n");
        return document.text()
                .replace("\\n", "\n")
                .replaceAll("[ \\t]*\n[ \\t]*", "\n")
                .strip();
    }
}
