package app.cairn.customer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;

/**
 * The customer list's text search on the customer index: every word must match a name, the address, or the city
 * (each word also as the start of one: "Hugo Mart" finds Hugo Martin); an address or domain
 * ("example.com") finds the addresses; the end of a phone number finds the number however its start was written.
 * The list's other filters and orders apply too. Merged customers are never found.
 */
@Component
class CustomerSearcher {

    private final EntityManagerFactory factory;

    CustomerSearcher(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** The ids of one page of matches, best first unless {@code sort} names an order. */
    List<Long> page(CustomerFilter filter, int offset, int limit, String sort, boolean ascending) {
        try (EntityManager entityManager = factory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            SearchScope<Customer> scope = session.scope(Customer.class);
            return session.search(scope)
                    .select(f -> f.id(Long.class))
                    .where(predicate(scope.predicate(), filter))
                    .sort(sort(scope.sort(), sort, ascending))
                    .fetchHits(offset, limit);
        }
    }

    /** How many customers match. */
    long count(CustomerFilter filter) {
        try (EntityManager entityManager = factory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            SearchScope<Customer> scope = session.scope(Customer.class);
            return session.search(scope)
                    .where(predicate(scope.predicate(), filter))
                    .fetchTotalHitCount();
        }
    }

    private static SearchPredicate predicate(SearchPredicateFactory f, CustomerFilter filter) {
        return f.bool()
                .with(all -> {
                    all.must(text(f, filter.text().strip()));
                    all.mustNot(f.exists().field(CustomerFields.MERGED_INTO));
                    if (present(filter.country())) {
                        all.filter(f.match()
                                .field(CustomerFields.COUNTRY)
                                .matching(filter.country().strip()));
                    }
                    if (present(filter.tag())) {
                        all.filter(f.match()
                                .field(CustomerFields.TAG)
                                .matching(filter.tag().strip()));
                    }
                    if (filter.signedUpFrom() != null || filter.signedUpTo() != null) {
                        all.filter(f.range()
                                .field(CustomerFields.SIGNUP)
                                .between(
                                        filter.signedUpFrom() == null
                                                ? null
                                                : filter.signedUpFrom()
                                                        .atStartOfDay()
                                                        .toInstant(ZoneOffset.UTC),
                                        filter.signedUpTo() == null
                                                ? null
                                                : filter.signedUpTo()
                                                        .plusDays(1)
                                                        .atStartOfDay()
                                                        .toInstant(ZoneOffset.UTC)
                                                        .minusNanos(1_000_000)));
                    }
                    if (filter.consentedTo() != null) {
                        all.filter(f.match()
                                .field(CustomerFields.CONSENT)
                                .matching(filter.consentedTo().name()));
                    }
                })
                .toPredicate();
    }

    private static SearchPredicate text(SearchPredicateFactory f, String text) {
        return f.bool()
                .with(any -> {
                    any.should(f.simpleQueryString()
                            .field(CustomerFields.FIRST_NAME)
                            .boost(2f)
                            .field(CustomerFields.LAST_NAME)
                            .boost(2f)
                            .field(CustomerFields.EMAIL_WORDS)
                            .field(CustomerFields.CITY)
                            .matching(asTyped(text))
                            .defaultOperator(BooleanOperator.AND));
                    if (!text.contains(" ")) {
                        String address = text.startsWith("@") ? text.substring(1) : text;
                        any.should(f.match()
                                .field(CustomerFields.EMAIL)
                                .matching(address)
                                .boost(5f));
                    }
                    String tail = PhoneTail.reversedDigits(text);
                    if (tail.length() >= 4 && text.matches("[+()\\d\\s./-]+")) {
                        any.should(f.wildcard().field(CustomerFields.PHONE_TAIL).matching(tail + "*"));
                    }
                })
                .toPredicate();
    }

    /**
     * Every plain word (letters and digits) also as the start of a word, the whole word ranking higher: "Hugo Mart"
     * finds Hugo Martin, and a customer called Hugo ranks above one called Hugolin. Quoted text is left as typed;
     * addresses and codes are split into words by the analyser.
     */
    static String asTyped(String text) {
        if (text.contains("\"")) {
            return text;
        }
        StringBuilder query = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (!query.isEmpty()) {
                query.append(' ');
            }
            query.append(word.matches("[\\p{L}\\p{N}]+") ? "(" + word + " | " + word + "*)" : word);
        }
        return query.toString();
    }

    private static SearchSort sort(SearchSortFactory f, String sort, boolean ascending) {
        var order = ascending
                ? org.hibernate.search.engine.search.sort.dsl.SortOrder.ASC
                : org.hibernate.search.engine.search.sort.dsl.SortOrder.DESC;
        if (sort == null) {
            return f.score()
                    .then()
                    .field(CustomerFields.SIGNUP)
                    .desc()
                    .then()
                    .field(CustomerFields.ID)
                    .desc()
                    .toSort();
        }
        var first =
                switch (sort) {
                    case "name" ->
                        f.field(CustomerFields.LAST_NAME_SORT)
                                .order(order)
                                .missing()
                                .last()
                                .then()
                                .field(CustomerFields.FIRST_NAME_SORT)
                                .order(order)
                                .missing()
                                .last();
                    case "email" ->
                        f.field(CustomerFields.EMAIL).order(order).missing().last();
                    case "country" ->
                        f.field(CustomerFields.COUNTRY).order(order).missing().last();
                    default -> f.field(CustomerFields.SIGNUP).order(order);
                };
        return first.then().field(CustomerFields.ID).order(order).toSort();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
