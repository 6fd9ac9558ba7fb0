package app.cairn.messaging.ui;

import app.cairn.customer.CustomerManagement;
import app.cairn.customer.CustomerSummary;
import app.cairn.messaging.ComposedEmail;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The preview side of the template editor: pick a customer and see the message as that customer would get it
 * (HTML in a sandboxed frame, and the plain-text part), and send a test to an address.
 */
class TemplatePreview extends Composite<VerticalLayout> {

    final CustomerPicker customer;
    final EmailField testAddress = new EmailField();
    private final Span subject = new Span();
    private final IFrame html = new IFrame();
    private final Pre text = new Pre();

    TemplatePreview(
            CustomerManagement customers,
            Consumer<CustomerSummary> onPreview,
            BiConsumer<CustomerSummary, String> onTest) {
        customer = new CustomerPicker(getTranslation("templates.preview-customer"), customers);
        customer.setId("preview-customer");
        customer.setWidthFull();
        Button preview = new Button(getTranslation("templates.preview"), VaadinIcon.EYE.create());
        preview.setId("template-preview");
        preview.addClickListener(e -> onPreview.accept(customer.getValue()));
        subject.setId("preview-subject");
        html.setId("preview-html");
        html.setWidthFull();
        html.setHeight("28rem");
        html.getElement().setAttribute("sandbox", "");
        html.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
        text.setId("preview-text");
        text.getStyle().set("white-space", "pre-wrap");
        TabSheet parts = new TabSheet();
        parts.setWidthFull();
        parts.add(getTranslation("templates.preview-html"), html);
        parts.add(getTranslation("templates.preview-text"), new Div(text));
        testAddress.setLabel(getTranslation("templates.test-address"));
        testAddress.setId("test-address");
        Button test = new Button(getTranslation("templates.send-test"), VaadinIcon.PAPERPLANE.create());
        test.setId("template-send-test");
        test.addClickListener(e -> onTest.accept(customer.getValue(), testAddress.getValue()));
        HorizontalLayout testRow = new HorizontalLayout(testAddress, test);
        testRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.add(new H4(getTranslation("templates.preview-title")), customer, preview, subject, parts, testRow);
    }

    void show(ComposedEmail email) {
        subject.setText(getTranslation("templates.preview-subject", email.subject()));
        html.setSrcdoc(email.html());
        text.setText(email.text());
    }
}
