package app.cairn.support.internal.search;

import java.time.Instant;
import java.util.List;

/**
 * A parsed ticket search: the words to match and the filters to apply.
 *
 * @param text the words, phrases and prefixes as typed (filters taken out); blank when only filters were given
 * @param filters each filter, to be met by every result
 */
record TicketQuery(String text, List<Filter> filters) {

    /** A condition on one field; {@code negated} turns it into an exclusion. */
    sealed interface Filter permits Values, Range, Missing {
        String field();

        boolean negated();
    }

    /** The field holds one of these values (keywords or ids). */
    record Values(String field, List<Object> values, boolean negated) implements Filter {}

    /** The field's instant lies in {@code [from, to)}; either end may be open (null). */
    record Range(String field, Instant from, Instant to, boolean negated) implements Filter {}

    /** The field has no value (e.g. no assignee). */
    record Missing(String field, boolean negated) implements Filter {}
}
