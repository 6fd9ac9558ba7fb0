package app.cairn.messaging;

import java.util.List;

/**
 * What the preference centre shows a recipient.
 *
 * @param address the address the message went to
 * @param subscribed whether the customer takes e-mail at all (e-mail consent)
 * @param topics every topic with whether the customer takes it
 */
public record PreferenceCentre(String address, boolean subscribed, List<TopicChoice> topics) {

    /** A topic and whether the customer takes it. */
    public record TopicChoice(EmailTopic topic, boolean subscribed) {}
}
