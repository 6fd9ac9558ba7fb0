package app.cairn.segment;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A segment's rule: a group of rules, or one condition. Stored as JSON with the segment. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = RuleGroup.class, name = "group"),
    @JsonSubTypes.Type(value = RuleCondition.class, name = "condition")
})
public sealed interface SegmentRule permits RuleGroup, RuleCondition {

    /** Whether the rule tests membership of the given segment ("is in segment"), at any depth. */
    default boolean refersTo(long segmentId) {
        return switch (this) {
            case RuleGroup group -> group.rules().stream().anyMatch(r -> r.refersTo(segmentId));
            case RuleCondition c ->
                c.field() == RuleField.IN_SEGMENT
                        && c.values().stream().anyMatch(v -> v.strip().equals(Long.toString(segmentId)));
        };
    }
}
