package app.cairn.journey.ui;

import app.cairn.journey.step.ActionStep;
import app.cairn.journey.step.BranchStep;
import app.cairn.journey.step.EntryStep;
import app.cairn.journey.step.ExitStep;
import app.cairn.journey.step.GoalStep;
import app.cairn.journey.step.StepSettings;
import app.cairn.journey.step.WaitLength;
import app.cairn.journey.step.WaitStep;
import app.cairn.journey.ui.StepChoices.Choice;
import com.vaadin.flow.component.Component;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a step's settings come to, in a few words for its box on the canvas; blank when nothing is set yet. */
final class StepSummary {

    private final Component words;
    private final StepChoices choices;

    /** @param words the page, whose locale and translations are used */
    StepSummary(Component words, StepChoices choices) {
        this.words = words;
        this.choices = choices;
    }

    String of(StepSettings step) {
        return switch (step) {
            case EntryStep.OnSegment entry -> name(choices.segments(), entry.segment());
            case EntryStep.OnEvent entry ->
                join(
                        event(entry.event()),
                        entry.condition() == null
                                ? ""
                                : entry.condition().property() + " "
                                        + option("operator", entry.condition().operator()) + " "
                                        + entry.condition().value());
            case EntryStep.OnDate entry ->
                join(entry.attribute() == null ? "" : option("attribute", entry.attribute()), time(entry.time()));
            case EntryStep.Manual manual -> "";
            case WaitStep.For wait -> duration(wait.duration());
            case WaitStep.Window window ->
                join(days(window.days()), join(time(window.from()), time(window.until()), "–"));
            case WaitStep.UntilDate wait -> wait.attribute() == null ? "" : wait.attribute();
            case WaitStep.ForEvent wait -> join(event(wait.event()), duration(wait.timeout()));
            case BranchStep.Condition condition -> "";
            case BranchStep.Engagement engagement ->
                engagement.message() == null
                        ? ""
                        : words.getTranslation(
                                "journey.summary.engagement",
                                option("action", engagement.action() == null ? "opened" : engagement.action()),
                                engagement.message(),
                                engagement.hours() == null ? "?" : engagement.hours());
            case BranchStep.Split split -> shares(split.percentages());
            case BranchStep.Experiment experiment -> join(shares(experiment.percentages()), event(experiment.goal()));
            case ActionStep.SendEmail send -> name(choices.templates(), send.template());
            case ActionStep.SendSms sms -> sms.text() == null ? "" : shorten(sms.text());
            case ActionStep.UpdateProfile update ->
                update.field() == null ? "" : update.field() + " = " + (update.value() == null ? "" : update.value());
            case ActionStep.Membership change ->
                change.segment() == null
                        ? ""
                        : option("change", change.removes() ? "remove" : "add") + ": "
                                + name(choices.staticLists(), change.segment());
            case ActionStep.Webhook webhook -> webhook.url() == null ? "" : shorten(webhook.url());
            case ActionStep.OpenTicket open ->
                open.subject() == null ? "" : join(shorten(open.subject()), option("priority", open.priority()));
            case GoalStep goal -> join(event(goal.event()), duration(goal.within()));
            case ExitStep exit -> "";
        };
    }

    private String event(String name) {
        return name == null ? "" : name(choices.events(), name);
    }

    private String option(String setting, String value) {
        return words.getTranslation("journey.option." + setting + "." + value);
    }

    private String duration(WaitLength length) {
        if (length == null) {
            return "";
        }
        DurationField.Parts parts = DurationField.parts(length.text());
        return parts == null ? length.text() : words.getTranslation("journey.duration." + parts.unit(), parts.amount());
    }

    private String days(Set<DayOfWeek> days) {
        Locale locale =
                words.getUI().map(com.vaadin.flow.component.UI::getLocale).orElse(Locale.ENGLISH);
        return days.stream()
                .sorted()
                .map(d -> d.getDisplayName(TextStyle.SHORT, locale))
                .collect(Collectors.joining(", "));
    }

    private static String time(LocalTime time) {
        return time == null ? "" : time.toString();
    }

    private static String shares(List<Integer> percentages) {
        return percentages.stream().map(String::valueOf).collect(Collectors.joining(" / "));
    }

    private static String name(List<Choice> from, Object value) {
        if (value == null) {
            return "";
        }
        String id = value.toString();
        return from.stream()
                .filter(c -> c.value().equals(id))
                .map(Choice::label)
                .findFirst()
                .orElse(id);
    }

    private static String join(String a, String b) {
        return join(a, b, " · ");
    }

    private static String join(String a, String b, String between) {
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        if (hasA && hasB) {
            return a + between + b;
        }
        return hasA ? a : hasB ? b : "";
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
