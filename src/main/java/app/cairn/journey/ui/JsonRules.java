package app.cairn.journey.ui;

import app.cairn.segment.RuleProblem;
import app.cairn.segment.SegmentManagement;
import app.cairn.segment.SegmentRule;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** A condition step's rule kept as the segment rule's JSON, checked by the segment module. */
final class JsonRules implements StepForm.RuleCodec {

    private final transient JsonMapper json;
    private final transient SegmentManagement segments;

    JsonRules(JsonMapper json, SegmentManagement segments) {
        this.json = json;
        this.segments = segments;
    }

    @Override
    public SegmentRule read(String text) {
        return json.readValue(text, SegmentRule.class);
    }

    @Override
    public String write(SegmentRule rule) {
        return json.writeValueAsString(rule);
    }

    @Override
    public List<RuleProblem> check(SegmentRule rule) {
        return segments.check(rule, null);
    }
}
