package app.cairn.segment.internal.rules;

import app.cairn.commerce.EventType;
import app.cairn.customer.ConsentChannel;
import app.cairn.scoring.RfmSegment;
import app.cairn.segment.RuleCondition;
import app.cairn.segment.RuleField;
import app.cairn.segment.RuleGroup;
import app.cairn.segment.RuleOperator;
import app.cairn.segment.RuleProblem;
import app.cairn.segment.SegmentRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * Checks a rule before it is saved or counted, and names every problem with where it is: a condition without
 * a field or value, a value of the wrong type, an operator the field does not take, an unknown channel or
 * event type, and a segment that refers to itself, directly or through others.
 */
public final class RuleValidator {

    /** Deeper than this is a mistake (or an attack), not a segment. */
    public static final int MAX_DEPTH = 32;

    /** Event types a condition may count: those commerce records. */
    public static final Set<String> EVENT_TYPES =
            Arrays.stream(EventType.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

    private final LongFunction<Optional<SegmentRule>> segments;

    /**
     * @param segments a segment's rule by id: empty when there is no such segment, an empty group for a static
     *     segment (listed by hand, so it refers to nothing)
     */
    public RuleValidator(LongFunction<Optional<SegmentRule>> segments) {
        this.segments = segments;
    }

    /**
     * The problems of the rule of segment {@code self} (null for a rule not saved yet).
     *
     * @return empty when the rule can be used
     */
    public List<RuleProblem> problems(SegmentRule rule, Long self) {
        List<RuleProblem> problems = new ArrayList<>();
        if (rule == null) {
            problems.add(RuleProblem.at("", "segment.rule.empty"));
            return problems;
        }
        check(rule, "", 0, problems);
        if (problems.isEmpty()) {
            Set<Long> path = new HashSet<>();
            if (self != null) {
                path.add(self);
            }
            cycle(rule, "", path, problems);
        }
        return problems;
    }

    private void check(SegmentRule rule, String path, int depth, List<RuleProblem> problems) {
        if (depth > MAX_DEPTH) {
            problems.add(RuleProblem.at(path, "segment.rule.too-deep", MAX_DEPTH));
            return;
        }
        switch (rule) {
            case RuleGroup group -> {
                if (group.match() == null) {
                    problems.add(RuleProblem.at(path, "segment.rule.match-missing"));
                }
                if (group.rules().isEmpty()) {
                    problems.add(RuleProblem.at(path, "segment.rule.group-empty"));
                }
                for (int i = 0; i < group.rules().size(); i++) {
                    SegmentRule member = group.rules().get(i);
                    String at = path.isEmpty() ? String.valueOf(i + 1) : path + "." + (i + 1);
                    if (member == null) {
                        problems.add(RuleProblem.at(at, "segment.rule.empty"));
                    } else {
                        check(member, at, depth + 1, problems);
                    }
                }
            }
            case RuleCondition condition -> check(condition, path, problems);
        }
    }

    private static void check(RuleCondition c, String path, List<RuleProblem> problems) {
        if (c.field() == null) {
            problems.add(RuleProblem.at(path, "segment.rule.field-missing"));
            return;
        }
        if (c.operator() == null) {
            problems.add(RuleProblem.at(path, "segment.rule.operator-missing"));
            return;
        }
        if (!c.field().kind().operators().contains(c.operator())) {
            problems.add(RuleProblem.at(path, "segment.rule.operator-not-allowed", c.operator(), c.field()));
            return;
        }
        if (c.field().needsKey()) {
            checkKey(c, path, problems);
        }
        if (c.withinDays() != null && (!c.field().takesWindow() || c.withinDays() < 1)) {
            problems.add(RuleProblem.at(path, "segment.rule.window-invalid", c.withinDays()));
        }
        int wanted = valuesWanted(c);
        List<String> values =
                c.values().stream().filter(v -> v != null && !v.isBlank()).toList();
        if (wanted == 0 && !values.isEmpty()) {
            problems.add(RuleProblem.at(path, "segment.rule.value-unexpected"));
        } else if (wanted > 0 && values.size() != wanted) {
            problems.add(RuleProblem.at(path, wanted == 2 ? "segment.rule.two-values" : "segment.rule.value-missing"));
        } else if (wanted < 0 && values.isEmpty()) {
            problems.add(RuleProblem.at(path, "segment.rule.value-missing"));
        } else {
            values.forEach(v -> checkValue(c, v.strip(), path, problems));
        }
    }

    private static void checkKey(RuleCondition c, String path, List<RuleProblem> problems) {
        String key = c.key() == null ? "" : c.key().strip();
        if (key.isEmpty()) {
            problems.add(RuleProblem.at(path, "segment.rule.key-missing", c.field()));
        } else if (c.field() == RuleField.CONSENT && !channel(key)) {
            problems.add(RuleProblem.at(path, "segment.rule.channel-unknown", key));
        } else if (c.field() == RuleField.EVENT && !EVENT_TYPES.contains(key)) {
            problems.add(RuleProblem.at(path, "segment.rule.event-unknown", key));
        }
    }

    private static boolean channel(String key) {
        for (ConsentChannel channel : ConsentChannel.values()) {
            if (channel.name().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** How many values the condition takes: 0, 1, 2, or -1 for one or more. */
    public static int valuesWanted(RuleCondition c) {
        return switch (c.operator()) {
            case IS_SET, IS_NOT_SET -> 0;
            case IS, IS_NOT -> c.field() == RuleField.CONSENT ? 0 : c.field() == RuleField.IN_SEGMENT ? 1 : -1;
            case BETWEEN -> 2;
            case EQUALS, NOT_EQUALS -> c.field().kind() == RuleField.Kind.NUMBER ? 1 : -1;
            default -> 1;
        };
    }

    private static void checkValue(RuleCondition c, String value, String path, List<RuleProblem> problems) {
        boolean ok =
                switch (expected(c)) {
                    case "number" -> number(value);
                    case "date" -> date(value);
                    case "days", "count" ->
                        whole(
                                value,
                                c.operator() == RuleOperator.IN_LAST_DAYS
                                                || c.operator() == RuleOperator.MORE_THAN_DAYS_AGO
                                        ? 1
                                        : 0);
                    case "segment", "cluster" -> whole(value, 1);
                    case "rfm" -> rfmSegment(value);
                    default -> value.length() <= 1000;
                };
        if (!ok) {
            problems.add(RuleProblem.at(path, "segment.rule.value-type", value, expected(c)));
        }
    }

    /** What a value of the condition must be: number, date, days, count, segment or text. */
    public static String expected(RuleCondition c) {
        RuleOperator op = c.operator();
        if (c.field() == RuleField.IN_SEGMENT) {
            return "segment";
        }
        if (c.field() == RuleField.RFM_SEGMENT) {
            return "rfm";
        }
        if (c.field() == RuleField.CLUSTER) {
            return "cluster";
        }
        if (c.field().kind() == RuleField.Kind.COUNT) {
            return "count";
        }
        if (op == RuleOperator.IN_LAST_DAYS || op == RuleOperator.MORE_THAN_DAYS_AGO) {
            return "days";
        }
        if (c.field().kind() == RuleField.Kind.DATE) {
            return "date";
        }
        boolean numeric = c.field().kind() == RuleField.Kind.NUMBER
                || (c.field().kind() == RuleField.Kind.ATTRIBUTE
                        && RuleField.Kind.NUMBER.operators().contains(op)
                        && op != RuleOperator.EQUALS
                        && op != RuleOperator.NOT_EQUALS);
        return numeric ? "number" : "text";
    }

    private static boolean rfmSegment(String value) {
        return Arrays.stream(RfmSegment.values()).anyMatch(s -> s.name().equals(value));
    }

    private static boolean number(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static boolean date(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }

    private static boolean whole(String value, int atLeast) {
        try {
            return Integer.parseInt(value) >= atLeast;
        } catch (NumberFormatException notWhole) {
            return false;
        }
    }

    /** Follows references to other segments; a segment met again on the way is a cycle. */
    private void cycle(SegmentRule rule, String path, Set<Long> visiting, List<RuleProblem> problems) {
        switch (rule) {
            case RuleGroup group -> {
                for (int i = 0; i < group.rules().size(); i++) {
                    cycle(
                            group.rules().get(i),
                            path.isEmpty() ? String.valueOf(i + 1) : path + "." + (i + 1),
                            visiting,
                            problems);
                }
            }
            case RuleCondition c -> {
                if (c.field() != RuleField.IN_SEGMENT) {
                    return;
                }
                long id = Long.parseLong(c.values().getFirst().strip());
                if (visiting.contains(id)) {
                    problems.add(RuleProblem.at(path, "segment.rule.cycle", id));
                    return;
                }
                Optional<SegmentRule> other = segments.apply(id);
                if (other.isEmpty()) {
                    problems.add(RuleProblem.at(path, "segment.rule.segment-unknown", id));
                    return;
                }
                visiting.add(id);
                int before = problems.size();
                cycle(other.get(), "", visiting, problems);
                visiting.remove(id);
                if (problems.size() > before) {
                    // the cycle is behind this reference: name it here, where the user can change it
                    problems.subList(before, problems.size()).clear();
                    problems.add(RuleProblem.at(path, "segment.rule.cycle", id));
                }
            }
        }
    }
}
