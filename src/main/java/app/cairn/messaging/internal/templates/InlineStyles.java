package app.cairn.messaging.internal.templates;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Keeps the inline styles e-mail layout needs and drops the rest: only the properties listed, and no value that
 * loads something ({@code url(…)}, {@code @import}), runs something ({@code expression(…)}, {@code javascript:}) or
 * escapes its way round this check. {@code position} is not on the list, so no element can lie over the mail
 * program's own window.
 *
 * <p>Written here because jsoup's safelist keeps or drops a {@code style} attribute whole; a full CSS sanitiser
 * (OWASP's) would replace the jsoup cleaning the rest of the mail relies on.
 */
final class InlineStyles {

    private static final Set<String> PROPERTIES = Set.of(
            "color",
            "background-color",
            "background",
            "font",
            "font-family",
            "font-size",
            "font-style",
            "font-weight",
            "line-height",
            "letter-spacing",
            "text-align",
            "text-decoration",
            "text-transform",
            "white-space",
            "vertical-align",
            "width",
            "height",
            "max-width",
            "min-width",
            "max-height",
            "display",
            "margin",
            "margin-top",
            "margin-right",
            "margin-bottom",
            "margin-left",
            "padding",
            "padding-top",
            "padding-right",
            "padding-bottom",
            "padding-left",
            "border",
            "border-top",
            "border-right",
            "border-bottom",
            "border-left",
            "border-color",
            "border-style",
            "border-width",
            "border-radius",
            "border-collapse",
            "border-spacing",
            "table-layout",
            "word-break",
            "overflow-wrap");

    private static final Pattern UNSAFE_VALUE =
            Pattern.compile("url\\s*\\(|expression\\s*\\(|javascript:|@import|\\\\|<|>|/\\*", Pattern.CASE_INSENSITIVE);

    private InlineStyles() {}

    /** Filters every {@code style} attribute of the document in place; an attribute left empty is removed. */
    static void filter(Document document) {
        for (Element element : document.select("[style]")) {
            String kept = filter(element.attr("style"));
            if (kept.isEmpty()) {
                element.removeAttr("style");
            } else {
                element.attr("style", kept);
            }
        }
    }

    /** The declarations of a style attribute that are on the list and load or run nothing. */
    static String filter(String style) {
        StringBuilder kept = new StringBuilder();
        for (String declaration : style.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = declaration.substring(colon + 1).strip();
            if (PROPERTIES.contains(property)
                    && !value.isEmpty()
                    && !UNSAFE_VALUE.matcher(value).find()) {
                kept.append(kept.isEmpty() ? "" : " ")
                        .append(property)
                        .append(": ")
                        .append(value)
                        .append(';');
            }
        }
        return kept.toString();
    }
}
