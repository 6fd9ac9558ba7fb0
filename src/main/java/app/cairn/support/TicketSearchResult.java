package app.cairn.support;

import java.util.List;

/**
 * A page of ticket search results.
 *
 * @param hits the tickets on this page
 * @param total the tickets the search finds: all of them when {@code totalExact}; else (a search without facets
 *     finding more than 10,000) at least that many. Either way every hit can be paged to: there is no cap
 * @param totalExact whether {@code total} is the exact count (always, when facets were asked for)
 * @param facets the counts of all those tickets by status, priority, channel, group and assignee
 * @param next the cursor of the next page, or null on the last
 */
public record TicketSearchResult(
        List<TicketHit> hits, long total, boolean totalExact, List<TicketFacet> facets, String next) {}
