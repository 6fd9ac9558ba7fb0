package app.cairn.support.internal.search;

import app.cairn.search.Analyzers;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.NotFound;
import org.hibernate.annotations.NotFoundAction;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

/**
 * A ticket as the search index reads it: the {@code ticket} row with its tags, messages and requester. Read only;
 * the support module writes tickets through its stores and queues them for indexing. The text fields (subject,
 * messages, requester) are written by {@link TicketTextBinder}, each in its language's analyser.
 */
@Entity(name = "IndexedTicket")
@Table(name = "ticket")
@Immutable
@BatchSize(size = 100)
@Indexed(index = TicketFields.INDEX)
@TypeBinding(binder = @TypeBinderRef(type = TicketTextBinder.class))
public class IndexedTicket {

    @Id
    @GenericField(name = TicketFields.NUMBER, sortable = Sortable.YES, projectable = Projectable.YES)
    private Long id;

    @KeywordField(
            name = TicketFields.SUBJECT_SHOWN,
            projectable = Projectable.YES,
            searchable = org.hibernate.search.engine.backend.types.Searchable.NO)
    private String subject;

    @KeywordField(normalizer = Analyzers.KEYWORD, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String status;

    @KeywordField(normalizer = Analyzers.KEYWORD, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String priority;

    @KeywordField(normalizer = Analyzers.KEYWORD, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String channel;

    @KeywordField(normalizer = Analyzers.KEYWORD, aggregable = Aggregable.YES)
    private String type;

    @KeywordField(normalizer = Analyzers.KEYWORD, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String intent;

    @KeywordField(normalizer = Analyzers.KEYWORD, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String sentiment;

    @Column(name = "group_id")
    @GenericField(name = TicketFields.GROUP, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Long groupId;

    @Column(name = "assignee_id")
    @GenericField(name = TicketFields.ASSIGNEE, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Long assigneeId;

    @Column(name = "customer_id")
    @GenericField(name = TicketFields.CUSTOMER, projectable = Projectable.YES)
    private Long customerId;

    @Column(name = "order_number")
    @KeywordField(name = TicketFields.ORDER, normalizer = Analyzers.KEYWORD)
    private String orderNumber;

    @Column(name = "created_at")
    @GenericField(name = TicketFields.CREATED, sortable = Sortable.YES, projectable = Projectable.YES)
    private Instant createdAt;

    @Column(name = "updated_at")
    @GenericField(name = TicketFields.UPDATED, sortable = Sortable.YES, projectable = Projectable.YES)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "ticket_tag", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "tag")
    @BatchSize(size = 100)
    @KeywordField(name = TicketFields.TAG, normalizer = Analyzers.KEYWORD, aggregable = Aggregable.YES)
    private Set<String> tags = new TreeSet<>();

    @OneToMany(mappedBy = "ticket", fetch = FetchType.LAZY)
    @OrderBy("id")
    @BatchSize(size = 100)
    private List<IndexedMessage> messages = new ArrayList<>();

    // a ticket whose customer has no row yet (filled in the background) is indexed without one; Hibernate loads
    // such an association at once (in batches, see IndexedRequester)
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "customer_id", insertable = false, updatable = false)
    @NotFound(action = NotFoundAction.IGNORE)
    private IndexedRequester requester;

    protected IndexedTicket() {}

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public List<IndexedMessage> getMessages() {
        return messages;
    }

    public IndexedRequester getRequester() {
        return requester;
    }
}
