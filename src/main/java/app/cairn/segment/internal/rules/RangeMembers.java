package app.cairn.segment.internal.rules;

import org.jooq.Record1;
import org.jooq.Select;

/**
 * The query for the customers a rule matches within a range of customer ids: a part of a count or rebuild that
 * is split so that the parts run side by side on connections of their own.
 *
 * @param from the lowest customer id of the range
 * @param to the highest customer id of the range (included)
 * @param members the ids of the matching customers in the range, each once
 */
public record RangeMembers(long from, long to, Select<Record1<Long>> members) {}
