package app.cairn.journey.ui;

import java.io.Serializable;
import java.util.List;

/**
 * What a step's settings can be chosen from, read once per page: segments and static lists, e-mail templates and
 * the events Cairn records.
 */
record StepChoices(List<Choice> segments, List<Choice> staticLists, List<Choice> templates, List<Choice> events)
        implements Serializable {

    /** One option: the value stored in the setting and what the marketer reads. */
    record Choice(String value, String label) implements Serializable {}
}
