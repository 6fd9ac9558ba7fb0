package app.cairn.messaging.internal.templates;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans staff-written (and merged) e-mail HTML with jsoup: the usual layout of e-mail (tables, inline styles of
 * the properties {@link InlineStyles} lists, images over http(s)) stays; scripts, event handlers, forms, frames, {@code javascript:} links and anything
 * else outside the list are removed.
 */
public final class HtmlSafety {

    private static final Safelist EMAIL = Safelist.relaxed()
            .addTags("center", "font", "hr", "tbody", "thead", "tfoot")
            .addAttributes(
                    ":all", "style", "class", "align", "valign", "width", "height", "bgcolor", "dir", "lang", "title")
            .addAttributes("table", "border", "cellpadding", "cellspacing", "role")
            .addAttributes("td", "colspan", "rowspan", "nowrap")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("font", "color", "face", "size")
            .addAttributes("a", "target")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addProtocols("img", "src", "http", "https");

    private HtmlSafety() {}

    /** The body fragment, parsed and cleaned. */
    public static Document clean(String bodyHtml) {
        Document cleaned = new Cleaner(EMAIL).clean(Jsoup.parseBodyFragment(bodyHtml));
        InlineStyles.filter(cleaned);
        cleaned.outputSettings().prettyPrint(false);
        return cleaned;
    }
}
