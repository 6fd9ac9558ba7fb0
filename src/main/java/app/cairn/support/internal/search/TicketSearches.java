package app.cairn.support.internal.search;

import app.cairn.support.TicketSearchResult;
import app.cairn.support.TicketSearchSort;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Parses a ticket search and runs it. */
@Component
public class TicketSearches {

    private final TicketSearcher searcher;

    TicketSearches(TicketSearcher searcher) {
        this.searcher = searcher;
    }

    /** See {@code TicketSearch#search}. */
    public TicketSearchResult search(
            String query,
            long staffId,
            ZoneId zone,
            TicketSearchSort sort,
            String cursor,
            int pageSize,
            boolean facets,
            Function<String, Optional<Long>> groupByName,
            Function<String, Optional<Long>> staffByName) {
        TicketQuery parsed = new TicketQueryParser(staffId, zone, groupByName, staffByName).parse(query);
        SearchCursor from = SearchCursor.parse(cursor);
        // without words every hit scores the same: "best match" then means the most recently updated
        TicketSearchSort order =
                sort == TicketSearchSort.RELEVANCE && parsed.text().isBlank() ? TicketSearchSort.NEWEST : sort;
        return searcher.search(parsed, order, from, pageSize, facets && from == null);
    }
}
