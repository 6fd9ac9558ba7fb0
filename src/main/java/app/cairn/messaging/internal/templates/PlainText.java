package app.cairn.messaging.internal.templates;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The plain-text part made from the HTML part: block elements become lines, list items get a dash, a link's
 * address follows its text in brackets and an image stands for its alt text.
 */
public final class PlainText implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "table",
            "ul",
            "ol",
            "li",
            "center",
            "blockquote",
            "hr");

    private final StringBuilder text = new StringBuilder();

    private PlainText() {}

    /** The element's content as plain text, at most one blank line between blocks. */
    public static String of(Element root) {
        PlainText visitor = new PlainText();
        root.traverse(visitor);
        return visitor.text
                .toString()
                .replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            String words = t.text().replaceAll("\\s+", " ");
            if (!(words.isBlank() && (text.isEmpty() || text.charAt(text.length() - 1) == '\n'))) {
                text.append(words);
            }
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (BLOCKS.contains(tag)) {
                newLine();
            }
            if (tag.equals("li")) {
                text.append("- ");
            } else if (tag.equals("br")) {
                text.append('\n');
            } else if (tag.equals("img") && !e.attr("alt").isBlank()) {
                text.append(e.attr("alt"));
            } else if (tag.equals("td") || tag.equals("th")) {
                text.append(' ');
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("a")) {
                String href = e.attr("href");
                if (!href.isBlank() && !href.equals(e.text().strip()) && !href.startsWith("mailto:")) {
                    text.append(" (").append(href).append(')');
                }
            } else if (BLOCKS.contains(tag)) {
                newLine();
                if (tag.equals("p") || tag.startsWith("h")) {
                    text.append('\n');
                }
            }
        }
    }

    private void newLine() {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }
}
