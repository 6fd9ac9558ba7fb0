package app.cairn.support;

import java.time.ZoneId;

/**
 * A ticket search.
 *
 * @param query words, "phrases", prefixes ({@code refun*}), {@code -excluded} words and filters such as
 *     {@code status:open}, {@code assignee:me}, {@code tag:vip}, {@code from:anna@example.com},
 *     {@code order:D8-1234}, {@code group:Returns}, {@code created:2026-01-01..2026-01-31} (a filter with a leading
 *     {@code -} excludes); blank finds every ticket
 * @param staffId who searches ({@code assignee:me})
 * @param zone the searcher's time zone, for the days of date filters
 * @param sort the order of the results
 * @param cursor where the page starts: null for the first page, else the {@code next} of the page before
 * @param pageSize results per page (1 to 200)
 * @param facets whether the first page counts the results by status, priority, channel, group and assignee (later
 *     pages never do)
 */
public record TicketSearchRequest(
        String query, long staffId, ZoneId zone, TicketSearchSort sort, String cursor, int pageSize, boolean facets) {

    /** The first page of a search, by relevance, with facets. */
    public static TicketSearchRequest of(String query, long staffId, ZoneId zone, int pageSize) {
        return new TicketSearchRequest(query, staffId, zone, TicketSearchSort.RELEVANCE, null, pageSize, true);
    }

    /** The same search from the given cursor on. */
    public TicketSearchRequest from(String next) {
        return new TicketSearchRequest(query, staffId, zone, sort, next, pageSize, facets);
    }

    /** The same search without facets (quicker where nobody looks at them). */
    public TicketSearchRequest withoutFacets() {
        return new TicketSearchRequest(query, staffId, zone, sort, cursor, pageSize, false);
    }
}
