package app.cairn.support.internal.search;

import app.cairn.support.TicketException;

/**
 * Where a page of ticket search results starts. Date orders carry the last hit's date and number (a search-after
 * key, so a deep page costs what the first does); relevance carries the count of hits already shown.
 */
sealed interface SearchCursor permits SearchCursor.Offset, SearchCursor.After {

    /** The cursor as the next page's request carries it. */
    String text();

    /** The hits after this many (relevance order). */
    record Offset(int offset) implements SearchCursor {
        @Override
        public String text() {
            return "o" + offset;
        }
    }

    /** The hits after the one with this date and number (date orders). */
    record After(long millis, long number) implements SearchCursor {
        @Override
        public String text() {
            return "a" + millis + "_" + number;
        }
    }

    /** The cursor a request carries; null for the first page. */
    static SearchCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.startsWith("o")) {
                int offset = Integer.parseInt(text.substring(1));
                if (offset >= 0) {
                    return new Offset(offset);
                }
            } else if (text.startsWith("a")) {
                int split = text.indexOf('_');
                return new After(Long.parseLong(text.substring(1, split)), Long.parseLong(text.substring(split + 1)));
            }
        } catch (RuntimeException unreadable) {
            // refused below
        }
        throw new TicketException("support.search.error.cursor", text);
    }
}
