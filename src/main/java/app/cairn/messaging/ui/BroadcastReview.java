package app.cairn.messaging.ui;

import app.cairn.messaging.BroadcastAudience;
import app.cairn.messaging.SkipReason;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * What a broadcast will do, shown before it is confirmed: the template, the segment, when, how many of the
 * segment's members will get it and why the others will not, and whether a test has been sent.
 */
class BroadcastReview extends Composite<Div> {

    BroadcastReview(String template, String segment, Instant sendAt, BroadcastAudience audience) {
        Div root = getContent();
        root.setId("broadcast-review-panel");
        Paragraph what = new Paragraph(getTranslation(
                sendAt == null ? "broadcasts.review.what-now" : "broadcasts.review.what-later",
                template,
                segment,
                sendAt == null ? "" : format(sendAt)));
        Paragraph reach =
                new Paragraph(getTranslation("broadcasts.review.reach", audience.recipients(), audience.members()));
        reach.setId("broadcast-audience");
        reach.getStyle().set("font-weight", "600");
        root.add(what, reach);
        if (!audience.skipped().isEmpty()) {
            UnorderedList reasons = new UnorderedList();
            reasons.setId("broadcast-skips");
            for (SkipReason reason : SkipReason.values()) {
                Long skipped = audience.skipped().get(reason);
                if (skipped != null) {
                    reasons.add(new ListItem(
                            getTranslation("broadcasts.review.skip", getTranslation(reason.labelKey()), skipped)));
                }
            }
            root.add(new Paragraph(getTranslation("broadcasts.review.left-out")), reasons);
        }
        Paragraph test = new Paragraph(
                audience.tested()
                        ? getTranslation("broadcasts.review.tested", format(audience.lastTest()))
                        : getTranslation("broadcasts.review.untested"));
        test.setId("broadcast-test-reminder");
        if (!audience.tested()) {
            test.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-error-text-color))");
        }
        root.add(test);
        if (sendAt != null) {
            root.add(new Paragraph(getTranslation("broadcasts.review.count-changes")));
        }
    }

    private String format(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .format(at.atZone(StaffTimeZone.current()));
    }
}
