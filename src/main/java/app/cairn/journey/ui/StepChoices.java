package app.cairn.journey.ui;

import app.cairn.commerce.EventType;
import app.cairn.messaging.TemplateManagement;
import app.cairn.segment.SegmentManagement;
import com.vaadin.flow.component.Component;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a step's settings can be chosen from, read once per page: segments and static lists, e-mail templates and
 * the events Cairn records (archived segments and templates are not offered).
 */
record StepChoices(List<Choice> segments, List<Choice> staticLists, List<Choice> templates, List<Choice> events)
        implements Serializable {

    /** One option: the value stored in the setting and what the marketer reads. */
    record Choice(String value, String label) implements Serializable {}

    /** The choices there are now, events named in the page's language. */
    static StepChoices read(SegmentManagement segments, TemplateManagement templates, Component page) {
        List<Choice> all = new ArrayList<>();
        List<Choice> lists = new ArrayList<>();
        segments.all().forEach(s -> {
            Choice choice = new Choice(String.valueOf(s.id()), s.name());
            all.add(choice);
            if (s.isStatic()) {
                lists.add(choice);
            }
        });
        List<Choice> emails = templates.all().stream()
                .map(t -> new Choice(String.valueOf(t.id()), t.name()))
                .toList();
        List<Choice> events = java.util.stream.Stream.concat(
                        Arrays.stream(EventType.values())
                                .map(e -> new Choice(e.name(), page.getTranslation(e.labelKey()))),
                        Arrays.stream(app.cairn.journey.step.ServiceEvent.values())
                                .map(e -> new Choice(e.name(), page.getTranslation(e.labelKey()))))
                .toList();
        return new StepChoices(all, lists, emails, events);
    }
}
