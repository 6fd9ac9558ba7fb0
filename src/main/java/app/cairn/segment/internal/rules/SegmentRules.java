package app.cairn.segment.internal.rules;

import app.cairn.segment.SegmentRule;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** A rule as stored: JSON, each part named by its type. */
public final class SegmentRules {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SegmentRules() {}

    public static String write(SegmentRule rule) {
        return rule == null ? null : JSON.writeValueAsString(rule);
    }

    public static SegmentRule read(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, SegmentRule.class);
        } catch (JacksonException unreadable) {
            throw new IllegalStateException(
                    "A stored segment rule cannot be read: " + unreadable.getMessage(), unreadable);
        }
    }
}
