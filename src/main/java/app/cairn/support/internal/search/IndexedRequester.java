package app.cairn.support.internal.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;

/** The name and e-mail address of a ticket's customer, as the support module keeps them for search (read only). */
@Entity(name = "IndexedTicketRequester")
@Table(name = "ticket_requester")
@Immutable
@BatchSize(size = 100)
public class IndexedRequester {

    @Id
    @Column(name = "customer_id")
    private Long customerId;

    private String name;

    private String email;

    protected IndexedRequester() {}

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }
}
