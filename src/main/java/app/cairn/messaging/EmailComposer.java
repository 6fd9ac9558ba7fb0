package app.cairn.messaging;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.springframework.stereotype.Component;

/**
 * Turns a filled template into the message: the body is cleaned ({@link HtmlSafety}), its http(s) links become
 * tracked links, a footer with the unsubscribe and preference links is added unless the body has both already,
 * the preheader goes first (hidden) and the open pixel last; the plain-text part is made from the result.
 */
@Component
class EmailComposer {

    private final I18NProvider translations;

    EmailComposer(I18NProvider translations) {
        this.translations = translations;
    }

    /**
     * Composes one message. {@code messageId} null makes a preview: links stay as written and the footer links
     * lead nowhere.
     */
    ComposedEmail compose(
            String subject, String preheader, String body, Long messageId, MessageLinks links, Locale locale) {
        Document doc = HtmlSafety.clean(body);
        Element content = doc.body();
        String unsubscribe = messageId == null ? "#" : links.unsubscribe(messageId);
        String preferences = messageId == null ? "#" : links.preferences(messageId);
        if (!linksTo(content, unsubscribe) || !linksTo(content, preferences)) {
            content.appendChild(footer(unsubscribe, preferences, locale));
        }
        if (messageId != null) {
            for (Element a : content.select("a[href]")) {
                String href = a.attr("href");
                if ((href.startsWith("http://") || href.startsWith("https://"))
                        && !href.equals(unsubscribe)
                        && !href.equals(preferences)) {
                    a.attr("href", links.click(messageId, href));
                }
            }
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

    private static boolean linksTo(Element content, String href) {
        return content.select("a[href]").stream().anyMatch(a -> a.attr("href").equals(href));
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
