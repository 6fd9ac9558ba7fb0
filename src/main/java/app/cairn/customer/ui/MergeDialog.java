package app.cairn.customer.ui;

import app.cairn.customer.CustomerDuplicates;
import app.cairn.customer.CustomerException;
import app.cairn.customer.CustomerManagement;
import app.cairn.customer.CustomerProfile;
import app.cairn.customer.DuplicateCandidate;
import app.cairn.customer.MergeField;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouteParameters;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One pair side by side: which record to keep, and for each field that differs, whose value the kept record takes.
 * Merge, or record that they are different people.
 */
class MergeDialog extends Dialog {

    private final transient CustomerDuplicates duplicates;
    private final transient Runnable afterDecision;
    private final String staff;
    private final long candidateId;
    private final CustomerProfile a;
    private final CustomerProfile b;
    private final RadioButtonGroup<CustomerProfile> keep = new RadioButtonGroup<>();
    private final Map<MergeField, RadioButtonGroup<CustomerProfile>> choices = new EnumMap<>(MergeField.class);

    MergeDialog(
            DuplicateCandidate candidate,
            CustomerDuplicates duplicates,
            CustomerManagement customers,
            String staff,
            Runnable afterDecision) {
        this.duplicates = duplicates;
        this.afterDecision = afterDecision;
        this.staff = staff;
        this.candidateId = candidate.id();
        this.a = customers.find(candidate.a().id()).orElseThrow();
        this.b = customers.find(candidate.b().id()).orElseThrow();
        setId("merge-dialog");
        setHeaderTitle(getTranslation("duplicates.merge-title"));
        setWidth("52rem");
        add(new Paragraph(getTranslation(
                "duplicates.found-by",
                candidate.reasons().stream()
                        .map(reason -> getTranslation(reason.labelKey()))
                        .collect(Collectors.joining(", ")))));
        keep.setId("merge-keep");
        keep.setLabel(getTranslation("duplicates.keep"));
        keep.setItems(a, b);
        keep.setItemLabelGenerator(this::describe);
        keep.setValue(a.signupAt().isAfter(b.signupAt()) ? b : a);
        keep.addValueChangeListener(event -> defaultChoices());
        add(keep, fields(), new Paragraph(getTranslation("duplicates.merge-help")));
        defaultChoices();
        Button cancel = new Button(getTranslation("duplicates.cancel"), event -> close());
        cancel.setId("merge-cancel");
        Button dismiss = new Button(getTranslation("duplicates.dismiss"), event -> dismiss());
        dismiss.setId("merge-dismiss");
        Button merge = new Button(getTranslation("duplicates.merge"), event -> merge());
        merge.setId("merge-confirm");
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, dismiss, merge);
    }

    private FormLayout fields() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        for (MergeField field : MergeField.values()) {
            String left = field.valueOf(a);
            String right = field.valueOf(b);
            if (Objects.equals(left, right)) {
                Span same = new Span(left == null ? "—" : left);
                form.addFormItem(same, getTranslation(field.labelKey()));
                continue;
            }
            RadioButtonGroup<CustomerProfile> choice = new RadioButtonGroup<>();
            choice.setId("merge-field-" + field.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            choice.setItems(a, b);
            choice.setItemLabelGenerator(side -> {
                String value = field.valueOf(side);
                return value == null ? "— (" + getTranslation("duplicates.empty") + ")" : value;
            });
            choices.put(field, choice);
            form.addFormItem(choice, getTranslation(field.labelKey()));
        }
        return form;
    }

    /** Each differing field starts with the kept record's value, or the other's where the kept one has none. */
    private void defaultChoices() {
        CustomerProfile kept = keep.getValue();
        CustomerProfile other = kept.id() == a.id() ? b : a;
        choices.forEach((field, choice) ->
                choice.setValue(field.valueOf(kept) == null && field.valueOf(other) != null ? other : kept));
    }

    private String describe(CustomerProfile profile) {
        return "#" + profile.id() + " · " + profile.displayName() + " · "
                + getTranslation(
                        "duplicates.signed-up",
                        StaffTimeZone.format(profile.signupAt(), StaffTimeZone.current(), getLocale()));
    }

    private void merge() {
        CustomerProfile kept = keep.getValue();
        CustomerProfile other = kept.id() == a.id() ? b : a;
        Set<MergeField> fromOther = EnumSet.noneOf(MergeField.class);
        choices.forEach((field, choice) -> {
            if (choice.getValue().id() == other.id()) {
                fromOther.add(field);
            }
        });
        try {
            CustomerProfile result = duplicates.merge(kept.id(), other.id(), fromOther, staff);
            close();
            afterDecision.run();
            announceMerge(result, other.id());
        } catch (CustomerException refused) {
            refuse(refused);
        }
    }

    private void announceMerge(CustomerProfile result, long mergedId) {
        Notification notification = new Notification();
        notification.setId("merge-done");
        notification.setDuration(10_000);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        Button open = new Button(getTranslation("duplicates.open-customer"), event -> {
            notification.close();
            // the dialog is closed by now, so the navigation goes through the current UI
            UI.getCurrent().navigate(CustomerView.class, new RouteParameters("id", Long.toString(result.id())));
        });
        open.setId("merge-open-customer");
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        notification.add(new Span(getTranslation("duplicates.merged", "#" + mergedId, "#" + result.id())), open);
        notification.open();
    }

    private void dismiss() {
        try {
            duplicates.dismiss(candidateId, staff);
            Notification.show(getTranslation("duplicates.dismissed"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (CustomerException refused) {
            refuse(refused);
        }
        close();
        afterDecision.run();
    }

    private void refuse(CustomerException refused) {
        Notification.show(
                        getTranslation(refused.messageKey(), refused.arguments()),
                        6000,
                        Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
