package app.cairn.support;

import java.util.List;

/**
 * A page of ticket search results.
 *
 * @param hits the tickets on this page
 * @param total every ticket the search finds (exact: there is no cap)
 * @param facets the counts of all those tickets by status, priority, channel, group and assignee
 * @param next the cursor of the next page, or null on the last
 */
public record TicketSearchResult(List<TicketHit> hits, long total, List<TicketFacet> facets, String next) {}
