package app.cairn.messaging.internal.templates;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.error.ParserException;
import io.pebbletemplates.pebble.extension.Extension;
import io.pebbletemplates.pebble.extension.ExtensionCustomizer;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pebble set up for staff-written text: a template is one literal string and can reach nothing else. Its loader
 * loads nothing (Pebble's default reads files and the class path), the tags that load other templates are refused
 * when the template is compiled, with a message naming the tag, and the functions that read resource bundles or
 * parent templates are gone. Java methods cannot be called on values. Loops count their turns against a
 * {@link RenderBudget} and the output is bounded.
 */
public final class TemplateSandbox {

    /** Tags that load another template (a file or class-path resource by name), or run work on other threads. */
    public static final Set<String> REFUSED_TAGS =
            Set.of("include", "import", "from", "embed", "extends", "parallel", "cache");

    /** Functions that read class-path resource bundles or a parent template. */
    public static final Set<String> REFUSED_FUNCTIONS = Set.of("i18n", "parent");

    private TemplateSandbox() {}

    /** An engine for one part of a template; {@code escape} HTML-escapes printed values. */
    public static PebbleEngine engine(boolean escape, int maxRendered) {
        return new PebbleEngine.Builder()
                .loader(new NothingLoader())
                .registerExtensionCustomizer(Sandboxed::new)
                .autoEscaping(escape)
                .strictVariables(false)
                .cacheActive(false)
                .newLineTrimming(false)
                .maxRenderedSize(maxRendered)
                .methodAccessValidator((object, method) -> false)
                .build();
    }

    /** Replaces the refused tags with one that fails the compilation, and drops the refused functions. */
    private static final class Sandboxed extends ExtensionCustomizer {

        Sandboxed(Extension extension) {
            super(extension);
        }

        @Override
        public List<TokenParser> getTokenParsers() {
            List<TokenParser> parsers = super.getTokenParsers();
            return parsers == null
                    ? null
                    : parsers.stream().map(Sandboxed::bounded).toList();
        }

        private static TokenParser bounded(TokenParser parser) {
            if (REFUSED_TAGS.contains(parser.getTag())) {
                return new RefusedTag(parser.getTag());
            }
            return "for".equals(parser.getTag()) ? new BoundedLoops.ForTag() : parser;
        }

        @Override
        public Map<String, Function> getFunctions() {
            Map<String, Function> functions = super.getFunctions();
            if (functions == null) {
                return null;
            }
            Map<String, Function> kept = new HashMap<>(functions);
            kept.keySet().removeAll(REFUSED_FUNCTIONS);
            kept.computeIfPresent("range", (name, pebbles) -> new BoundedLoops.Range());
            return kept;
        }
    }

    private record RefusedTag(String tag) implements TokenParser {

        @Override
        public String getTag() {
            return tag;
        }

        @Override
        public RenderableNode parse(Token token, Parser parser) {
            throw new ParserException(
                    null,
                    "The tag '" + tag + "' is not available in e-mail templates: a template cannot load files or"
                            + " other templates. Write the content into this template instead.",
                    token.getLineNumber(),
                    parser.getStream().getFilename());
        }
    }

    /** A loader that has no templates: whatever name a template asks for, nothing is read. */
    private static final class NothingLoader implements Loader<String> {

        @Override
        public Reader getReader(String name) {
            throw new LoaderException(null, "A template cannot load '" + name + "': templates load nothing.");
        }

        @Override
        public void setCharset(String charset) {}

        @Override
        public void setPrefix(String prefix) {}

        @Override
        public void setSuffix(String suffix) {}

        @Override
        public String resolveRelativePath(String relativePath, String anchorPath) {
            return relativePath;
        }

        @Override
        public String createCacheKey(String name) {
            return name;
        }

        @Override
        public boolean resourceExists(String name) {
            return false;
        }
    }
}
