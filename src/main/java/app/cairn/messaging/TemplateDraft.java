package app.cairn.messaging;

/** A template as a marketer writes it, before it is checked and saved. */
public record TemplateDraft(
        String name, String subject, String preheader, String htmlBody, long senderId, Long topicId) {}
