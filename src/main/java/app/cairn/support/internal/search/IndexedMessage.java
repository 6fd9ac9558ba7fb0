package app.cairn.support.internal.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A message of a ticket as the search index reads it (read only). */
@Entity(name = "IndexedTicketMessage")
@Table(name = "ticket_message")
@Immutable
public class IndexedMessage {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id")
    private IndexedTicket ticket;

    @Column(name = "body_text", columnDefinition = "mediumtext")
    private String bodyText;

    @Column(name = "shown_text", columnDefinition = "mediumtext")
    private String shownText;

    protected IndexedMessage() {}

    /** The message without quoted history (for e-mail), else its whole text. */
    public String newText() {
        return shownText == null || shownText.isBlank() ? bodyText : shownText;
    }

    /** The whole text with quoted history, or null when the message quotes nothing. */
    public String quotedText() {
        return shownText == null || shownText.isBlank() || shownText.equals(bodyText) ? null : bodyText;
    }
}
