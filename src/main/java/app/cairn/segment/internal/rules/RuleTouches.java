package app.cairn.segment.internal.rules;

import app.cairn.segment.RuleCondition;
import app.cairn.segment.RuleGroup;
import app.cairn.segment.SegmentRule;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * What kinds of customer data a rule reads, so that a change to one customer is worked out only against the
 * segments it can affect: {@code profile} (fields, attributes, tags, consent), {@code orders}, and
 * {@code event:TYPE} for each event type counted. Rules of segments it refers to count too.
 */
public final class RuleTouches {

    public static final String PROFILE = "profile";
    public static final String ORDERS = "orders";

    private RuleTouches() {}

    public static String event(String type) {
        return "event:" + type;
    }

    public static Set<String> of(SegmentRule rule, LongFunction<Optional<SegmentRule>> segments) {
        Set<String> touches = new HashSet<>();
        collect(rule, segments, touches, new HashSet<>());
        return touches;
    }

    private static void collect(
            SegmentRule rule, LongFunction<Optional<SegmentRule>> segments, Set<String> touches, Set<Long> seen) {
        switch (rule) {
            case RuleGroup group -> group.rules().forEach(r -> collect(r, segments, touches, seen));
            case RuleCondition c -> {
                switch (c.field()) {
                    case ORDER_COUNT,
                            TOTAL_SPEND,
                            AVERAGE_ORDER_VALUE,
                            FIRST_ORDER_DATE,
                            LAST_ORDER_DATE,
                            BOUGHT_PRODUCT,
                            BOUGHT_CATEGORY -> touches.add(ORDERS);
                    case EVENT -> touches.add(event(c.key().strip()));
                    case IN_SEGMENT -> {
                        long id = Long.parseLong(c.values().getFirst().strip());
                        if (seen.add(id)) {
                            segments.apply(id).ifPresent(other -> collect(other, segments, touches, seen));
                        }
                    }
                    default -> touches.add(PROFILE);
                }
            }
        }
    }
}
