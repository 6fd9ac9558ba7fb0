package app.cairn.messaging.internal.templates;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.core.RangeFunction;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.node.ForNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.ForTokenParser;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.lang.reflect.Array;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Loops that count their turns against the {@link RenderBudget}: the {@code for} tag, whose every turn is counted,
 * and the {@code range} function, which refuses to make a list longer than the budget allows (Pebble's builds the
 * whole list at once).
 */
final class BoundedLoops {

    private BoundedLoops() {}

    /** The {@code for} tag, parsed as Pebble does, with its iterable counted at every turn. */
    static final class ForTag implements TokenParser {

        private final ForTokenParser pebbles = new ForTokenParser();

        @Override
        public String getTag() {
            return pebbles.getTag();
        }

        @Override
        public RenderableNode parse(Token token, Parser parser) {
            ForNode loop = (ForNode) pebbles.parse(token, parser);
            return new ForNode(
                    token.getLineNumber(),
                    loop.getIterationVariable(),
                    new Counted(loop.getIterable(), token.getLineNumber()),
                    loop.getBody(),
                    loop.getElseBody());
        }
    }

    /** An iterable expression whose iterator counts each turn. */
    private record Counted(Expression<?> iterable, int line) implements Expression<Object> {

        @Override
        public Object evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
            Object value = iterable.evaluate(self, context);
            Iterable<?> items = items(value);
            if (items == null) {
                return value;
            }
            String name = self.getName();
            return (Iterable<Object>) () -> new Iterator<>() {
                private final Iterator<?> inner = items.iterator();

                @Override
                public boolean hasNext() {
                    return inner.hasNext();
                }

                @Override
                public Object next() {
                    RenderBudget.turn(line, name);
                    return inner.next();
                }
            };
        }

        @Override
        public int getLineNumber() {
            return line;
        }

        @Override
        public void accept(io.pebbletemplates.pebble.extension.NodeVisitor visitor) {
            iterable.accept(visitor);
        }

        private static Iterable<?> items(Object value) {
            if (value instanceof Iterable<?> iterable) {
                return iterable;
            }
            if (value instanceof Map<?, ?> map) {
                return map.entrySet();
            }
            if (value != null && value.getClass().isArray()) {
                return new AbstractList<>() {
                    @Override
                    public Object get(int index) {
                        return Array.get(value, index);
                    }

                    @Override
                    public int size() {
                        return Array.getLength(value);
                    }
                };
            }
            return null;
        }
    }

    /** Pebble's {@code range}, refusing a range longer than a template may loop. */
    static final class Range implements Function {

        private final RangeFunction pebbles = new RangeFunction();

        @Override
        public List<String> getArgumentNames() {
            return pebbles.getArgumentNames();
        }

        @Override
        public Object execute(
                Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
            long start = number(args.get("start"));
            long end = number(args.get("end"));
            long increment = args.get("increment") == null ? 1 : number(args.get("increment"));
            if (increment != 0 && (end - start) / increment >= RenderBudget.MAX_ITERATIONS) {
                throw new PebbleException(
                        null,
                        "range() may make at most " + RenderBudget.MAX_ITERATIONS + " numbers",
                        lineNumber,
                        self.getName());
            }
            return pebbles.execute(args, self, context, lineNumber);
        }

        private static long number(Object value) {
            return value instanceof Number n ? n.longValue() : 0;
        }
    }
}
