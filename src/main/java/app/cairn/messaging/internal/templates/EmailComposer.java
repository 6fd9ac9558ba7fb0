package app.cairn.messaging.internal.templates;

import app.cairn.messaging.ComposedEmail;
import app.cairn.messaging.internal.tracking.MessageLinks;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.springframework.stereotype.Component;

/**
 * Turns a filled template into the message: the body is cleaned ({@link HtmlSafety}), its http(s) links become
 * tracked links, a footer with the unsubscribe and preference links is added unless the body has both already,
 * the preheader goes first (hidden) and the open pixel last; the plain-text part is made from the result.
 */
@Component
public class EmailComposer {

    private final I18NProvider translations;
    private final MessageLinks links;

    public EmailComposer(I18NProvider translations, MessageLinks links) {
        this.translations = translations;
        this.links = links;
    }

    /**
     * Composes one message, given its unsubscribe and preference addresses (those the merge values carry too).
     * {@code messageId} null makes a preview: links stay as written, and the footer's lead where it is told.
     */
    public ComposedEmail compose(
            String subject,
            String preheader,
            String body,
            Long messageId,
            String unsubscribe,
            String preferences,
            Locale locale) {
        Element content = HtmlSafety.clean(body).body();
        boolean linksToUnsubscribe = false;
        boolean linksToPreferences = false;
        for (Element a : content.select("a[href]")) {
            String href = a.attr("href");
            if (href.equals(unsubscribe)) {
                linksToUnsubscribe = true;
            } else if (href.equals(preferences)) {
                linksToPreferences = true;
            } else if (messageId != null && (href.startsWith("http://") || href.startsWith("https://"))) {
                a.attr("href", links.click(messageId, href));
            }
        }
        if (!linksToUnsubscribe || !linksToPreferences) {
            content.appendChild(footer(unsubscribe, preferences, locale));
        }
        String text = PlainText.of(content);
        StringBuilder html = new StringBuilder(body.length() + 1024)
                .append("<!DOCTYPE html><html><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(Entities.escape(subject))
                .append("</title></head><body>");
        if (!preheader.isEmpty()) {
            html.append("<div style=\"display:none;max-height:0;overflow:hidden;mso-hide:all\">")
                    .append(Entities.escape(preheader))
                    .append("</div>");
        }
        html.append(content.html());
        if (messageId != null) {
            html.append("<img src=\"")
                    .append(links.open(messageId))
                    .append("\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0\">");
        }
        html.append("</body></html>");
        return new ComposedEmail(subject, preheader, html.toString(), text, messageId == null ? null : unsubscribe);
    }

    private Element footer(String unsubscribe, String preferences, Locale locale) {
        Element footer = new Element("p").attr("style", "font-size:12px;color:#6b7280;margin-top:32px");
        footer.appendElement("a")
                .attr("href", unsubscribe)
                .text(translations.getTranslation("email.footer.unsubscribe", locale));
        footer.appendText(" · ");
        footer.appendElement("a")
                .attr("href", preferences)
                .text(translations.getTranslation("email.footer.preferences", locale));
        return footer;
    }
}
