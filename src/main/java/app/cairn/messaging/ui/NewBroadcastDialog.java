package app.cairn.messaging.ui;

import app.cairn.messaging.Broadcast;
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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Sets up a broadcast: name, template, segment, now or at a time (in the staff member's zone), conversion window. */
class NewBroadcastDialog extends Dialog {

    NewBroadcastDialog(
            BroadcastManagement broadcasts,
            List<EmailTemplate> templates,
            List<Segment> segments,
            String by,
            Consumer<Broadcast> onCreated) {
        setHeaderTitle(getTranslation("broadcasts.new"));
        TextField name = new TextField(getTranslation("broadcasts.name"));
        name.setId("broadcast-name");
        name.setWidthFull();
        Select<EmailTemplate> template = new Select<>();
        template.setLabel(getTranslation("broadcasts.template"));
        template.setId("broadcast-template");
        template.setItems(templates);
        template.setItemLabelGenerator(EmailTemplate::name);
        template.setWidthFull();
        Select<Segment> segment = new Select<>();
        segment.setLabel(getTranslation("broadcasts.segment"));
        segment.setId("broadcast-segment");
        segment.setItems(segments);
        segment.setItemLabelGenerator(s -> s.name() + " (" + s.members() + ")");
        segment.setWidthFull();
        RadioButtonGroup<Boolean> when = new RadioButtonGroup<>(getTranslation("broadcasts.when"));
        when.setId("broadcast-when");
        when.setItems(Boolean.TRUE, Boolean.FALSE);
        when.setItemLabelGenerator(now -> getTranslation(now ? "broadcasts.now" : "broadcasts.later"));
        when.setValue(Boolean.TRUE);
        DateTimePicker sendAt = new DateTimePicker(getTranslation("broadcasts.send-at"));
        sendAt.setId("broadcast-send-at");
        sendAt.setVisible(false);
        when.addValueChangeListener(e -> sendAt.setVisible(!e.getValue()));
        IntegerField days = new IntegerField(getTranslation("broadcasts.conversion-days"));
        days.setId("broadcast-conversion-days");
        days.setValue(5);
        days.setMin(1);
        days.setMax(90);
        Paragraph error = new Paragraph();
        error.setId("broadcast-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Button send = new Button(getTranslation("broadcasts.create"), e -> {
            try {
                if (template.getValue() == null || segment.getValue() == null) {
                    throw new RefusedException(
                            template.getValue() == null ? "broadcasts.error.template" : "broadcasts.error.segment");
                }
                Instant at = Boolean.TRUE.equals(when.getValue()) || sendAt.getValue() == null
                        ? null
                        : sendAt.getValue().atZone(StaffTimeZone.current()).toInstant();
                if (!Boolean.TRUE.equals(when.getValue()) && sendAt.getValue() == null) {
                    throw new RefusedException("broadcasts.error.send-at-missing");
                }
                Broadcast created = broadcasts.create(
                        new NewBroadcast(
                                name.getValue(),
                                template.getValue().id(),
                                segment.getValue().id(),
                                at,
                                days.getValue() == null ? 0 : days.getValue()),
                        by);
                close();
                onCreated.accept(created);
            } catch (RefusedException refused) {
                error.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        send.setId("broadcast-create");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(name, template, segment, when, sendAt, days, error);
        getFooter().add(new Button(getTranslation("broadcasts.cancel-dialog"), e -> close()), send);
    }
}
