package app.cairn.messaging.ui;

import app.cairn.messaging.EmailTemplate;
import app.cairn.messaging.EmailTopic;
import app.cairn.messaging.SenderIdentity;
import app.cairn.messaging.TemplateDraft;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;

/**
 * The fields of a template: name, sender, topic, subject, preheader and the HTML body, with a note on the merge
 * fields. A dumb form: it turns its fields into a {@link TemplateDraft} and shows an error where it is told to.
 */
class TemplateForm extends Composite<VerticalLayout> {

    private static final EmailTopic NO_TOPIC = new EmailTopic(0, "", null);

    final TextField name = new TextField();
    final Select<SenderIdentity> sender = new Select<>();
    final Select<EmailTopic> topic = new Select<>();
    final TextField subject = new TextField();
    final TextField preheader = new TextField();
    final TextArea body = new TextArea();
    private final Paragraph error = new Paragraph();

    TemplateForm(List<SenderIdentity> senders, List<EmailTopic> topics) {
        name.setLabel(getTranslation("templates.name"));
        name.setId("template-name");
        sender.setLabel(getTranslation("templates.sender"));
        sender.setId("template-sender");
        sender.setItems(senders);
        sender.setItemLabelGenerator(SenderIdentity::display);
        if (!senders.isEmpty()) {
            sender.setValue(senders.getFirst());
        }
        topic.setLabel(getTranslation("templates.topic"));
        topic.setId("template-topic");
        topic.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(NO_TOPIC), topics.stream())
                .toList());
        topic.setItemLabelGenerator(t -> t == NO_TOPIC ? getTranslation("templates.no-topic") : t.name());
        topic.setValue(NO_TOPIC);
        subject.setLabel(getTranslation("templates.subject"));
        subject.setId("template-subject");
        preheader.setLabel(getTranslation("templates.preheader"));
        preheader.setId("template-preheader");
        preheader.setHelperText(getTranslation("templates.preheader-help"));
        body.setLabel(getTranslation("templates.body"));
        body.setId("template-body");
        body.setHelperText(getTranslation("templates.body-help"));
        body.setMinHeight("22rem");
        body.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        error.setId("template-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        for (var field : List.of(name, subject, preheader)) {
            field.setWidthFull();
        }
        body.setWidthFull();
        sender.setWidthFull();
        topic.setWidthFull();
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.add(name, sender, topic, subject, preheader, body, error);
    }

    void show(EmailTemplate template, List<SenderIdentity> senders, List<EmailTopic> topics) {
        name.setValue(template.name());
        senders.stream().filter(s -> s.id() == template.senderId()).findFirst().ifPresent(sender::setValue);
        topics.stream()
                .filter(t -> template.topicId() != null && t.id() == template.topicId())
                .findFirst()
                .ifPresent(topic::setValue);
        subject.setValue(template.subject());
        preheader.setValue(template.preheader() == null ? "" : template.preheader());
        body.setValue(template.htmlBody());
    }

    TemplateDraft draft() {
        Long topicId = Optional.ofNullable(topic.getValue())
                .filter(t -> t != NO_TOPIC)
                .map(EmailTopic::id)
                .orElse(null);
        return new TemplateDraft(
                name.getValue(),
                subject.getValue(),
                preheader.getValue(),
                body.getValue(),
                sender.getValue() == null ? -1 : sender.getValue().id(),
                topicId);
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(message != null);
    }
}
