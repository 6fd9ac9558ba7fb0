package app.cairn.customer.ui;

import app.cairn.customer.Consent;
import app.cairn.customer.ConsentChannel;
import app.cairn.customer.CustomerProfile;
import app.cairn.customer.LegalBasis;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;

/** Consent per channel with when and where it was given, and a button to record the opposite. */
class ConsentPanel extends VerticalLayout {

    /** Records a consent change: the channel, whether granted, and on which legal basis. */
    interface Change {
        void record(ConsentChannel channel, boolean granted, LegalBasis basis);
    }

    ConsentPanel() {
        setId("customer-consent");
        setPadding(false);
        setSpacing(false);
    }

    /** Shows the customer's consent; {@code change} records a change, or is null for staff who may not change it. */
    void show(CustomerProfile profile, Change change) {
        removeAll();
        ComboBox<LegalBasis> basis = new ComboBox<>(getTranslation("customer.legal-basis"), LegalBasis.values());
        basis.setId("consent-basis");
        basis.setItemLabelGenerator(b -> getTranslation(b.labelKey()));
        basis.setValue(LegalBasis.CONSENT);
        basis.setWidthFull();
        for (ConsentChannel channel : ConsentChannel.values()) {
            Consent current = profile.consents().stream()
                    .filter(c -> c.channel() == channel)
                    .findFirst()
                    .orElse(null);
            boolean granted = current != null && current.granted();
            Span state = new Span(getTranslation(channel.labelKey()) + ": "
                    + getTranslation(
                            current == null ? "consent.unknown" : granted ? "consent.granted" : "consent.withdrawn")
                    + (current == null
                            ? ""
                            : " · " + StaffTimeZone.format(current.changedAt(), StaffTimeZone.current(), getLocale())
                                    + " · " + current.source()));
            state.setId("consent-state-" + channel.name().toLowerCase(Locale.ROOT));
            Button toggle = new Button(
                    getTranslation(granted ? "consent.withdraw" : "consent.grant"),
                    event -> change.record(
                            channel, !granted, basis.getValue() == null ? LegalBasis.CONSENT : basis.getValue()));
            toggle.setId("consent-toggle-" + channel.name().toLowerCase(Locale.ROOT));
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
            toggle.setVisible(change != null);
            HorizontalLayout row = new HorizontalLayout(state, toggle);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWidthFull();
            row.expand(state);
            add(row);
        }
        basis.setVisible(change != null);
        add(basis);
    }
}
