package app.cairn.messaging.ui;

import app.cairn.messaging.Broadcast;
import app.cairn.messaging.BroadcastAudience;
import app.cairn.messaging.BroadcastManagement;
import app.cairn.messaging.EmailTemplate;
import app.cairn.messaging.NewBroadcast;
import app.cairn.segment.Segment;
import app.cairn.shared.RefusedException;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Sets up a broadcast in two steps: first name, template, segment, now or at a time (in the staff member's zone) and
 * the conversion window; then a review of whom it will reach and why the others not, with a reminder when no test
 * was sent, and a confirmation button that names the number. Nothing is created or sent before that button.
 */
class NewBroadcastDialog extends Dialog {

    private final BroadcastManagement broadcasts;
    private final String by;
    private final Consumer<Broadcast> onCreated;
    private final TextField name = new TextField();
    private final Select<EmailTemplate> template = new Select<>();
    private final Select<Segment> segment = new Select<>();
    private final RadioButtonGroup<Boolean> when = new RadioButtonGroup<>();
    private final DateTimePicker sendAt = new DateTimePicker();
    private final IntegerField days = new IntegerField();
    private final Paragraph error = new Paragraph();
    private final VerticalLayout form;

    NewBroadcastDialog(
            BroadcastManagement broadcasts,
            List<EmailTemplate> templates,
            List<Segment> segments,
            String by,
            Consumer<Broadcast> onCreated) {
        this.broadcasts = broadcasts;
        this.by = by;
        this.onCreated = onCreated;
        name.setLabel(getTranslation("broadcasts.name"));
        name.setId("broadcast-name");
        name.setWidthFull();
        template.setLabel(getTranslation("broadcasts.template"));
        template.setId("broadcast-template");
        template.setItems(templates);
        template.setItemLabelGenerator(EmailTemplate::name);
        template.setWidthFull();
        segment.setLabel(getTranslation("broadcasts.segment"));
        segment.setId("broadcast-segment");
        segment.setItems(segments);
        segment.setItemLabelGenerator(s -> s.name() + " (" + s.members() + ")");
        segment.setWidthFull();
        when.setLabel(getTranslation("broadcasts.when"));
        when.setId("broadcast-when");
        when.setItems(Boolean.TRUE, Boolean.FALSE);
        when.setItemLabelGenerator(now -> getTranslation(now ? "broadcasts.now" : "broadcasts.later"));
        when.setValue(Boolean.TRUE);
        sendAt.setLabel(getTranslation("broadcasts.send-at"));
        sendAt.setId("broadcast-send-at");
        sendAt.setVisible(false);
        when.addValueChangeListener(e -> sendAt.setVisible(!e.getValue()));
        days.setLabel(getTranslation("broadcasts.conversion-days"));
        days.setId("broadcast-conversion-days");
        days.setValue(5);
        days.setMin(1);
        days.setMax(90);
        error.setId("broadcast-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        form = new VerticalLayout(name, template, segment, when, sendAt, days, error);
        form.setPadding(false);
        form.setSpacing(false);
        add(form);
        showForm();
    }

    private void showForm() {
        setHeaderTitle(getTranslation("broadcasts.new"));
        Button review = new Button(getTranslation("broadcasts.review"), e -> review());
        review.setId("broadcast-review");
        review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().removeAll();
        getFooter().add(new Button(getTranslation("broadcasts.cancel-dialog"), e -> close()), review);
    }

    private void review() {
        try {
            NewBroadcast planned = planned();
            BroadcastAudience audience = broadcasts.audience(planned.templateId(), planned.segmentId());
            showReview(planned, audience);
        } catch (RefusedException refused) {
            error.setText(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    /** The broadcast as the form describes it; refused when a choice is missing. */
    private NewBroadcast planned() {
        if (template.getValue() == null || segment.getValue() == null) {
            throw new RefusedException(
                    template.getValue() == null ? "broadcasts.error.template" : "broadcasts.error.segment");
        }
        boolean now = Boolean.TRUE.equals(when.getValue());
        if (!now && sendAt.getValue() == null) {
            throw new RefusedException("broadcasts.error.send-at-missing");
        }
        Instant at =
                now ? null : sendAt.getValue().atZone(StaffTimeZone.current()).toInstant();
        return new NewBroadcast(
                name.getValue(),
                template.getValue().id(),
                segment.getValue().id(),
                at,
                days.getValue() == null ? 0 : days.getValue());
    }

    /** The second step: what will happen, and a button that names how many it goes to. */
    private void showReview(NewBroadcast planned, BroadcastAudience audience) {
        setHeaderTitle(getTranslation("broadcasts.review.title"));
        Paragraph refusal = new Paragraph();
        refusal.setId("broadcast-confirm-error");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        BroadcastReview review = new BroadcastReview(
                template.getValue().name(), segment.getValue().name(), planned.sendAt(), audience);
        form.setVisible(false);
        add(review, refusal);
        Button confirm = new Button(getTranslation(
                planned.sendAt() == null ? "broadcasts.confirm-now" : "broadcasts.confirm-later",
                audience.recipients()));
        confirm.setId("broadcast-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(audience.recipients() > 0);
        confirm.addClickListener(e -> {
            try {
                Broadcast created = broadcasts.create(planned, by);
                close();
                onCreated.accept(created);
            } catch (RefusedException refused) {
                refusal.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        Button back = new Button(getTranslation("broadcasts.review.back"), e -> {
            remove(review, refusal);
            form.setVisible(true);
            showForm();
        });
        back.setId("broadcast-back");
        getFooter().removeAll();
        getFooter().add(back, confirm);
    }
}
