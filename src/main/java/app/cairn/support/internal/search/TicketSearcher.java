package app.cairn.support.internal.search;

import app.cairn.search.SearchText;
import app.cairn.search.TextLanguage;
import app.cairn.support.TicketChannel;
import app.cairn.support.TicketFacet;
import app.cairn.support.TicketHit;
import app.cairn.support.TicketPriority;
import app.cairn.support.TicketSearchResult;
import app.cairn.support.TicketSearchSort;
import app.cairn.support.TicketStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;

/**
 * Runs a parsed ticket search on the index: words in every language's fields (subject above messages, quoted
 * history below both), filters, facets, highlights and a cursor. Answers from the index alone (projections), so a
 * search reads nothing from the database.
 */
@Component
public class TicketSearcher {

    private static final int FACET_VALUES = 50;

    /** Without facets, hits are counted exactly up to this many; beyond, the total is "at least". */
    static final long COUNTED_EXACTLY = 10_000;

    private final EntityManagerFactory factory;

    TicketSearcher(EntityManagerFactory factory) {
        this.factory = factory;
    }

    TicketSearchResult search(
            TicketQuery query, TicketSearchSort sort, SearchCursor cursor, int pageSize, boolean facets) {
        try (EntityManager entityManager = factory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            SearchScope<IndexedTicket> scope = session.scope(IndexedTicket.class);
            SearchPredicate where = predicate(scope.predicate(), query, sort, cursor);
            Map<TicketFacet.Property, AggregationKey<? extends Map<?, Long>>> keys =
                    new java.util.EnumMap<>(TicketFacet.Property.class);
            var step = session.search(scope)
                    .select(f -> f.composite()
                            .from(
                                    f.field(TicketFields.NUMBER, Long.class),
                                    f.field(TicketFields.SUBJECT_SHOWN, String.class),
                                    f.field("status", String.class),
                                    f.field("priority", String.class),
                                    f.field("channel", String.class),
                                    f.field(TicketFields.GROUP, Long.class),
                                    f.field(TicketFields.ASSIGNEE, Long.class),
                                    f.field(TicketFields.CUSTOMER, Long.class),
                                    f.field(TicketFields.CREATED, Instant.class),
                                    f.field(TicketFields.UPDATED, Instant.class),
                                    f.composite().from(highlights(f, query)).asList())
                            .asList())
                    .where(where)
                    .sort(sort(scope.sort(), sort))
                    .highlighter(h -> h.unified()
                            .tag("<mark>", "</mark>")
                            .encoder(HighlighterEncoder.HTML)
                            .numberOfFragments(2)
                            .noMatchSize(0));
            if (facets) {
                for (TicketFacet.Property property : TicketFacet.Property.values()) {
                    keys.put(property, AggregationKey.of(property.name()));
                }
                step = step.aggregation(
                                stringKey(keys, TicketFacet.Property.STATUS),
                                f -> f.terms().field("status", String.class).maxTermCount(FACET_VALUES))
                        .aggregation(
                                stringKey(keys, TicketFacet.Property.PRIORITY),
                                f -> f.terms().field("priority", String.class).maxTermCount(FACET_VALUES))
                        .aggregation(
                                stringKey(keys, TicketFacet.Property.CHANNEL),
                                f -> f.terms().field("channel", String.class).maxTermCount(FACET_VALUES))
                        .aggregation(longKey(keys, TicketFacet.Property.GROUP), f -> f.terms()
                                .field(TicketFields.GROUP, Long.class)
                                .maxTermCount(FACET_VALUES))
                        .aggregation(longKey(keys, TicketFacet.Property.ASSIGNEE), f -> f.terms()
                                .field(TicketFields.ASSIGNEE, Long.class)
                                .maxTermCount(FACET_VALUES))
                        .aggregation(
                                stringKey(keys, TicketFacet.Property.INTENT),
                                f -> f.terms().field("intent", String.class).maxTermCount(FACET_VALUES))
                        .aggregation(
                                stringKey(keys, TicketFacet.Property.SENTIMENT),
                                f -> f.terms().field("sentiment", String.class).maxTermCount(FACET_VALUES));
            }
            if (!facets) {
                // without facets nothing needs every hit: counting stops here, and the engine may skip
                step = step.totalHitCountThreshold(COUNTED_EXACTLY);
            }
            int offset = cursor instanceof SearchCursor.Offset at ? at.offset() : 0;
            SearchResult<List<?>> result = step.fetch(offset, pageSize);
            List<TicketHit> hits =
                    result.hits().stream().map(TicketSearcher::hit).toList();
            List<TicketFacet> counted = new ArrayList<>();
            if (facets) {
                keys.forEach((property, key) -> counted.add(facet(property, result.aggregation(key))));
            }
            boolean exact = result.total().isHitCountExact();
            long total = exact ? result.total().hitCount() : result.total().hitCountLowerBound();
            String next = hits.size() < pageSize
                    ? null
                    : next(sort, cursor, offset, hits).text();
            if (next != null && exact && sort == TicketSearchSort.RELEVANCE && offset + hits.size() >= total) {
                next = null;
            }
            return new TicketSearchResult(hits, total, exact, counted, next);
        }
    }

    @SuppressWarnings("unchecked")
    private static AggregationKey<Map<String, Long>> stringKey(
            Map<TicketFacet.Property, AggregationKey<? extends Map<?, Long>>> keys, TicketFacet.Property property) {
        return (AggregationKey<Map<String, Long>>) keys.get(property);
    }

    @SuppressWarnings("unchecked")
    private static AggregationKey<Map<Long, Long>> longKey(
            Map<TicketFacet.Property, AggregationKey<? extends Map<?, Long>>> keys, TicketFacet.Property property) {
        return (AggregationKey<Map<Long, Long>>) keys.get(property);
    }

    private static TicketFacet facet(TicketFacet.Property property, Map<?, Long> counts) {
        List<TicketFacet.Count> found = new ArrayList<>();
        counts.forEach((value, tickets) ->
                found.add(new TicketFacet.Count(String.valueOf(value).toUpperCase(java.util.Locale.ROOT), tickets)));
        found.sort(Comparator.comparingLong(TicketFacet.Count::tickets).reversed());
        return new TicketFacet(property, List.copyOf(found));
    }

    private static org.hibernate.search.engine.search.projection.SearchProjection<?>[] highlights(
            org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory<?, ?> f, TicketQuery query) {
        List<org.hibernate.search.engine.search.projection.SearchProjection<?>> all = new ArrayList<>();
        // the messages' passages: the subject is shown whole beside them
        for (TextLanguage language : TextLanguage.values()) {
            all.add(f.highlight(TicketFields.body(language)).toProjection());
        }
        return all.toArray(org.hibernate.search.engine.search.projection.SearchProjection[]::new);
    }

    private static SearchPredicate predicate(
            SearchPredicateFactory f, TicketQuery query, TicketSearchSort sort, SearchCursor cursor) {
        return f.bool()
                .with(all -> {
                    all.must(query.text().isBlank() ? f.matchAll().toPredicate() : text(f, query.text()));
                    for (TicketQuery.Filter filter : query.filters()) {
                        SearchPredicate condition = condition(f, filter);
                        if (filter.negated()) {
                            all.mustNot(condition);
                        } else {
                            all.filter(condition);
                        }
                    }
                    if (cursor instanceof SearchCursor.After after) {
                        all.filter(after(f, sort, after));
                    }
                })
                .toPredicate();
    }

    private static SearchPredicate text(SearchPredicateFactory f, String text) {
        return f.bool()
                .with(any -> {
                    // one query over every language's fields, so that each word may match in any of them ("退款
                    // D8-1234" finds a Chinese message on a ticket with that order in its English subject). Chinese
                    // runs are cut into words first; for the other fields that changes nothing but spacing.
                    var words = f.simpleQueryString();
                    for (TextLanguage language : TextLanguage.values()) {
                        words.field(TicketFields.subject(language))
                                .boost(3f)
                                .field(TicketFields.body(language))
                                .field(TicketFields.quoted(language))
                                .boost(0.3f);
                    }
                    any.should(words.field(TicketFields.REQUESTER)
                            .boost(2f)
                            .matching(SearchText.query(text, TextLanguage.CHINESE))
                            .defaultOperator(BooleanOperator.AND));
                    String whole = text.strip();
                    if (!whole.contains(" ")) {
                        any.should(f.match()
                                .field(TicketFields.ORDER)
                                .matching(whole)
                                .boost(5f));
                        any.should(f.match()
                                .field(TicketFields.FROM)
                                .matching(whole)
                                .boost(2f));
                        String digits = whole.startsWith("#") ? whole.substring(1) : whole;
                        if (digits.matches("\\d{1,18}")) {
                            any.should(f.match()
                                    .field(TicketFields.NUMBER)
                                    .matching(Long.parseLong(digits))
                                    .boost(10f));
                        }
                    }
                })
                .toPredicate();
    }

    private static SearchPredicate condition(SearchPredicateFactory f, TicketQuery.Filter filter) {
        return switch (filter) {
            // match, not terms: match applies the field's normaliser to the value as it did to the indexed one
            case TicketQuery.Values values ->
                f.bool()
                        .with(any -> values.values()
                                .forEach(value -> any.should(
                                        f.match().field(values.field()).matching(value))))
                        .toPredicate();
            case TicketQuery.Range range ->
                f.range()
                        .field(range.field())
                        .between(
                                range.from(),
                                org.hibernate.search.util.common.data.RangeBoundInclusion.INCLUDED,
                                range.to(),
                                org.hibernate.search.util.common.data.RangeBoundInclusion.EXCLUDED)
                        .toPredicate();
            case TicketQuery.Missing missing ->
                f.not(f.exists().field(missing.field())).toPredicate();
        };
    }

    private static SearchPredicate after(SearchPredicateFactory f, TicketSearchSort sort, SearchCursor.After after) {
        boolean ascending = sort == TicketSearchSort.OLDEST;
        String field = ascending ? TicketFields.CREATED : TicketFields.UPDATED;
        Instant at = Instant.ofEpochMilli(after.millis());
        return f.bool()
                .with(b -> {
                    b.should(
                            ascending
                                    ? f.range().field(field).greaterThan(at)
                                    : f.range().field(field).lessThan(at));
                    b.should(f.bool()
                            .must(f.match().field(field).matching(at))
                            .must(
                                    ascending
                                            ? f.range()
                                                    .field(TicketFields.NUMBER)
                                                    .greaterThan(after.number())
                                            : f.range()
                                                    .field(TicketFields.NUMBER)
                                                    .lessThan(after.number())));
                })
                .toPredicate();
    }

    private static SearchSort sort(SearchSortFactory f, TicketSearchSort sort) {
        return switch (sort) {
            // the score alone: then the engine can skip blocks of postings that cannot reach the page (a tie
            // breaker on a field would make it score every hit); equal scores keep index order, which the offset
            // cursor relies on only while the index is unchanged, like any relevance paging
            case RELEVANCE -> f.score().toSort();
            case NEWEST ->
                f.field(TicketFields.UPDATED)
                        .desc()
                        .then()
                        .field(TicketFields.NUMBER)
                        .desc()
                        .toSort();
            case OLDEST ->
                f.field(TicketFields.CREATED)
                        .asc()
                        .then()
                        .field(TicketFields.NUMBER)
                        .asc()
                        .toSort();
        };
    }

    private static SearchCursor next(TicketSearchSort sort, SearchCursor cursor, int offset, List<TicketHit> hits) {
        if (sort == TicketSearchSort.RELEVANCE) {
            return new SearchCursor.Offset(offset + hits.size());
        }
        TicketHit last = hits.getLast();
        Instant at = sort == TicketSearchSort.OLDEST ? last.createdAt() : last.updatedAt();
        return new SearchCursor.After(at.toEpochMilli(), last.number());
    }

    private static TicketHit hit(List<?> row) {
        List<?> highlighted = (List<?>) row.get(10);
        List<String> snippets = new ArrayList<>();
        for (Object field : highlighted) {
            for (Object snippet : (List<?>) field) {
                if (snippets.size() < 3) {
                    snippets.add(SearchText.unsegmented((String) snippet));
                }
            }
        }
        return new TicketHit(
                (Long) row.get(0),
                (String) row.get(1),
                TicketStatus.valueOf(((String) row.get(2)).toUpperCase(java.util.Locale.ROOT)),
                TicketPriority.valueOf(((String) row.get(3)).toUpperCase(java.util.Locale.ROOT)),
                TicketChannel.valueOf(((String) row.get(4)).toUpperCase(java.util.Locale.ROOT)),
                (Long) row.get(5),
                (Long) row.get(6),
                (Long) row.get(7),
                (Instant) row.get(8),
                (Instant) row.get(9),
                List.copyOf(snippets));
    }
}
