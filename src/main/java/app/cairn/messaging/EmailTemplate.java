package app.cairn.messaging;

import java.time.Instant;

/**
 * A stored e-mail template. The subject, preheader and HTML body may use merge fields such as
 * {@code {{ first_name | default("there") }}}.
 *
 * @param topicId the topic customers can leave it by, or null for none
 * @param archivedAt when it was archived (hidden from lists and pickers); null if it is not
 */
public record EmailTemplate(
        long id,
        String name,
        String subject,
        String preheader,
        String htmlBody,
        long senderId,
        Long topicId,
        Instant updatedAt,
        String updatedBy,
        Instant archivedAt) {

    /** Whether it was archived. */
    public boolean isArchived() {
        return archivedAt != null;
    }

    /** The template's editable fields. */
    public TemplateDraft draft() {
        return new TemplateDraft(name, subject, preheader, htmlBody, senderId, topicId);
    }
}
