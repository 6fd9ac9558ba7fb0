package app.cairn.messaging.internal.templates;

import app.cairn.messaging.TemplateProblem;
import app.cairn.messaging.TemplateSyntaxException;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Compiles and fills templates with Pebble. The body's merge values are HTML-escaped unless the template says
 * otherwise; the subject and preheader are plain text. Templates may not call Java methods on the values they
 * get (every value is a string, number, list or map anyway), templates load nothing ({@link TemplateSandbox}), and a
 * rendering stops at {@value #MAX_RENDERED}
 * characters, so a runaway loop cannot exhaust memory.
 */
@Component
public class TemplateEngine {

    public static final int MAX_RENDERED = 1_000_000;

    private final PebbleEngine html = engine(true);
    private final PebbleEngine text = engine(false);

    private static PebbleEngine engine(boolean escape) {
        return TemplateSandbox.engine(escape, MAX_RENDERED);
    }

    /** Compiles the three parts of a template; throws {@link TemplateSyntaxException} at the first error. */
    public Compiled compile(String subject, String preheader, String body) {
        return new Compiled(
                part(text, "subject", subject),
                part(text, "preheader", preheader == null ? "" : preheader),
                part(html, "body", body));
    }

    private static PebbleTemplate part(PebbleEngine engine, String name, String source) {
        try {
            return engine.getLiteralTemplate(source);
        } catch (PebbleException error) {
            Integer line = error.getLineNumber();
            throw new TemplateSyntaxException(
                    new TemplateProblem(name, line == null ? 0 : line, error.getPebbleMessage()));
        }
    }

    /** A compiled template, ready to fill for any number of customers (safe to share between threads). */
    public record Compiled(PebbleTemplate subject, PebbleTemplate preheader, PebbleTemplate body) {

        public String subject(Map<String, Object> values) {
            return fill(subject, "subject", values).strip().replaceAll("\\s+", " ");
        }

        public String preheader(Map<String, Object> values) {
            return fill(preheader, "preheader", values).strip();
        }

        public String body(Map<String, Object> values) {
            return fill(body, "body", values);
        }

        private static String fill(PebbleTemplate template, String part, Map<String, Object> values) {
            StringWriter out = new StringWriter();
            try {
                RenderBudget.within(() -> {
                    try {
                        template.evaluate(out, values);
                        return null;
                    } catch (IOException impossible) {
                        throw new UncheckedIOException(impossible);
                    }
                });
            } catch (PebbleException error) {
                Integer line = error.getLineNumber();
                throw new TemplateSyntaxException(
                        new TemplateProblem(part, line == null ? 0 : line, error.getPebbleMessage()));
            } catch (StackOverflowError endless) {
                // a macro that calls itself without end: the stack unwinds to here, and the sender goes on
                throw new TemplateSyntaxException(
                        new TemplateProblem(part, 0, "The template's macros call each other without end"));
            }
            return out.toString();
        }
    }
}
