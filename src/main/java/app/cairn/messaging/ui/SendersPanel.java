package app.cairn.messaging.ui;

import app.cairn.messaging.EmailTopic;
import app.cairn.messaging.MessagingSettings;
import app.cairn.messaging.SenderIdentity;
import app.cairn.shared.RefusedException;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** Sender identities and topics: each a short list with a row of fields to add one. */
class SendersPanel extends Composite<VerticalLayout> {

    SendersPanel(MessagingSettings settings) {
        Paragraph error = new Paragraph();
        error.setId("senders-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Grid<SenderIdentity> senders = new Grid<>();
        senders.setId("senders-grid");
        senders.setAllRowsVisible(true);
        senders.addColumn(SenderIdentity::fromName).setHeader(getTranslation("email-settings.from-name"));
        senders.addColumn(SenderIdentity::fromAddress).setHeader(getTranslation("email-settings.from-address"));
        senders.addColumn(s -> s.replyTo() == null ? "" : s.replyTo())
                .setHeader(getTranslation("email-settings.reply-to"));
        senders.setItems(settings.senders());
        TextField name = new TextField(getTranslation("email-settings.from-name"));
        name.setId("sender-name");
        TextField address = new TextField(getTranslation("email-settings.from-address"));
        address.setId("sender-address");
        TextField replyTo = new TextField(getTranslation("email-settings.reply-to"));
        replyTo.setId("sender-reply-to");
        Button addSender = new Button(getTranslation("email-settings.add-sender"), e -> {
            try {
                settings.saveSender(null, name.getValue(), address.getValue(), replyTo.getValue());
                senders.setItems(settings.senders());
                name.clear();
                address.clear();
                replyTo.clear();
                error.setText("");
            } catch (RefusedException refused) {
                error.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        addSender.setId("sender-add");
        HorizontalLayout senderRow = new HorizontalLayout(name, address, replyTo, addSender);
        senderRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);

        Grid<EmailTopic> topics = new Grid<>();
        topics.setId("topics-grid");
        topics.setAllRowsVisible(true);
        topics.addColumn(EmailTopic::name).setHeader(getTranslation("email-settings.topic"));
        topics.addColumn(t -> t.description() == null ? "" : t.description())
                .setHeader(getTranslation("email-settings.topic-description"));
        topics.setItems(settings.topics());
        TextField topic = new TextField(getTranslation("email-settings.topic"));
        topic.setId("topic-name");
        TextField description = new TextField(getTranslation("email-settings.topic-description"));
        description.setId("topic-description");
        Button addTopic = new Button(getTranslation("email-settings.add-topic"), e -> {
            try {
                settings.saveTopic(null, topic.getValue(), description.getValue());
                topics.setItems(settings.topics());
                topic.clear();
                description.clear();
                error.setText("");
            } catch (RefusedException refused) {
                error.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        addTopic.setId("topic-add");
        HorizontalLayout topicRow = new HorizontalLayout(topic, description, addTopic);
        topicRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        getContent().setPadding(false);
        getContent().add(senders, senderRow, topics, topicRow, error);
    }
}
