package app.cairn.customer;

import app.cairn.search.Analyzers;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A customer row with its tags, custom attributes and current consents. Only this module sees it. */
@Entity
@Table(name = "customer")
@Indexed(index = CustomerFields.INDEX)
class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(name = CustomerFields.ID, sortable = Sortable.YES)
    private Long id;

    private String externalId;

    @KeywordField(name = CustomerFields.EMAIL, normalizer = Analyzers.KEYWORD, sortable = Sortable.YES)
    @FullTextField(name = CustomerFields.EMAIL_WORDS, analyzer = Analyzers.WORDS)
    private String email;

    @FullTextField(name = CustomerFields.FIRST_NAME, analyzer = Analyzers.PLAIN)
    @KeywordField(name = CustomerFields.FIRST_NAME_SORT, normalizer = Analyzers.KEYWORD, sortable = Sortable.YES)
    private String firstName;

    @FullTextField(name = CustomerFields.LAST_NAME, analyzer = Analyzers.PLAIN)
    @KeywordField(name = CustomerFields.LAST_NAME_SORT, normalizer = Analyzers.KEYWORD, sortable = Sortable.YES)
    private String lastName;

    @KeywordField(name = CustomerFields.PHONE_TAIL, valueBridge = @ValueBridgeRef(type = PhoneTail.class))
    private String phone;

    @KeywordField(name = CustomerFields.COUNTRY, normalizer = Analyzers.KEYWORD, sortable = Sortable.YES)
    private String country;

    @FullTextField(name = CustomerFields.CITY, analyzer = Analyzers.PLAIN)
    private String city;

    private String timeZone;
    private String language;
    private LocalDate birthday;

    @Column(nullable = false)
    @GenericField(name = CustomerFields.SIGNUP, sortable = Sortable.YES)
    private Instant signupAt;

    private String source;

    @GenericField(name = CustomerFields.MERGED_INTO)
    private Long mergedIntoId;

    /** The e-mail while the customer is live, else null: kept by the database, for look-ups by e-mail. */
    @Column(insertable = false, updatable = false)
    private String liveEmail;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "customer_tag", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "tag")
    @KeywordField(name = CustomerFields.TAG, normalizer = Analyzers.KEYWORD)
    private Set<String> tags = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "customer_attribute", joinColumns = @JoinColumn(name = "customer_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "value")
    private Map<String, String> attributes = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "customer_consent", joinColumns = @JoinColumn(name = "customer_id"))
    @MapKeyColumn(name = "channel")
    @MapKeyEnumerated(EnumType.STRING)
    private Map<ConsentChannel, ConsentState> consents = new EnumMap<>(ConsentChannel.class);

    protected Customer() {}

    /** The channels the customer granted consent on, for search filters. */
    @KeywordField(name = CustomerFields.CONSENT)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    Set<String> getGrantedChannels() {
        Set<String> granted = new TreeSet<>();
        consents.forEach((channel, state) -> {
            if (state.granted()) {
                granted.add(channel.name());
            }
        });
        return granted;
    }

    Customer(CustomerDetails details, Instant signupAt, String source, Instant now) {
        apply(details);
        this.signupAt = signupAt;
        this.source = source;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Applies normalised details and returns what changed, field by field ({@code field -> [old, new]}).
     */
    Map<String, String[]> change(CustomerDetails details, Instant now) {
        CustomerDetails before = details();
        Map<String, String[]> changes = new LinkedHashMap<>();
        compare(changes, "email", before.email(), details.email());
        compare(changes, "firstName", before.firstName(), details.firstName());
        compare(changes, "lastName", before.lastName(), details.lastName());
        compare(changes, "phone", before.phone(), details.phone());
        compare(changes, "country", before.country(), details.country());
        compare(changes, "city", before.city(), details.city());
        compare(changes, "timeZone", before.timeZone(), details.timeZone());
        compare(changes, "language", before.language(), details.language());
        compare(changes, "birthday", str(before.birthday()), str(details.birthday()));
        if (!changes.isEmpty()) {
            apply(details);
            updatedAt = now;
        }
        return changes;
    }

    private void apply(CustomerDetails details) {
        email = details.email();
        firstName = details.firstName();
        lastName = details.lastName();
        phone = details.phone();
        country = details.country();
        city = details.city();
        timeZone = details.timeZone();
        language = details.language();
        birthday = details.birthday();
    }

    /** Sets a channel's consent; false when it already stood so. */
    boolean consent(ConsentChannel channel, boolean granted, String source, LegalBasis basis, Instant now) {
        ConsentState current = consents.get(channel);
        if (current != null && current.granted() == granted) {
            return false;
        }
        consents.put(channel, new ConsentState(granted, now, source, basis));
        updatedAt = now;
        return true;
    }

    boolean tag(String tag, Instant now) {
        updatedAt = now;
        return tags.add(tag);
    }

    /** Sets a custom attribute, or removes it for a null value; answers the old value. */
    String attribute(String name, String value, Instant now) {
        updatedAt = now;
        return value == null ? attributes.remove(name) : attributes.put(name, value);
    }

    boolean untag(String tag, Instant now) {
        updatedAt = now;
        return tags.remove(tag);
    }

    /** Marks this customer as merged into {@code kept}; it leaves the list and frees its e-mail and number. */
    void mergeInto(long kept, Instant now) {
        mergedIntoId = kept;
        updatedAt = now;
    }

    /**
     * Takes over what a merged customer brings besides the chosen fields: its tags, the attributes this customer
     * lacks, the earlier signup, and the customer number when it is chosen. Returns the changes for the history.
     */
    Map<String, String[]> absorb(Customer other, boolean takeExternalId, Instant now) {
        Map<String, String[]> changes = new LinkedHashMap<>();
        if (takeExternalId) {
            compare(changes, "externalId", externalId, other.externalId);
            externalId = other.externalId;
        }
        List<String> newTags = other.tags.stream().filter(tags::add).toList();
        if (!newTags.isEmpty()) {
            changes.put("tags", new String[] {null, clip(String.join(", ", newTags))});
        }
        List<String> newAttributes = new ArrayList<>();
        other.attributes.forEach((name, value) -> {
            if (attributes.putIfAbsent(name, value) == null) {
                newAttributes.add(name + "=" + value);
            }
        });
        if (!newAttributes.isEmpty()) {
            changes.put("attributes", new String[] {null, clip(String.join("; ", newAttributes))});
        }
        if (other.signupAt.isBefore(signupAt)) {
            compare(changes, "signupAt", signupAt.toString(), other.signupAt.toString());
            signupAt = other.signupAt;
        }
        updatedAt = now;
        return changes;
    }

    /**
     * Per channel, takes the merged customer's consent where it is the later statement of the customer's wish
     * (or the only one). Returns the consents taken over, for the consent history.
     */
    List<Consent> adoptNewerConsents(Customer other, String by) {
        List<Consent> adopted = new ArrayList<>();
        other.consents.forEach((channel, theirs) -> {
            ConsentState mine = consents.get(channel);
            if (mine == null || theirs.changedAt().isAfter(mine.changedAt())) {
                consents.put(channel, theirs.copy());
                Consent consent = theirs.toConsent(channel);
                adopted.add(new Consent(
                        channel, consent.granted(), consent.changedAt(), consent.source(), consent.legalBasis(), by));
            }
        });
        return adopted;
    }

    CustomerDetails details() {
        return new CustomerDetails(email, firstName, lastName, phone, country, city, timeZone, language, birthday);
    }

    CustomerProfile toProfile() {
        List<Consent> current = new ArrayList<>();
        consents.forEach((channel, state) -> current.add(state.toConsent(channel)));
        return new CustomerProfile(
                id,
                email,
                firstName,
                lastName,
                phone,
                country,
                city,
                timeZone,
                language,
                birthday,
                signupAt,
                source,
                Set.copyOf(tags),
                Map.copyOf(attributes),
                List.copyOf(current),
                externalId);
    }

    Long getId() {
        return id;
    }

    Long mergedIntoId() {
        return mergedIntoId;
    }

    boolean isMerged() {
        return mergedIntoId != null;
    }

    private static void compare(Map<String, String[]> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, new String[] {before, after});
        }
    }

    /** History values hold at most 1,000 characters. */
    private static String clip(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }

    private static String str(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
