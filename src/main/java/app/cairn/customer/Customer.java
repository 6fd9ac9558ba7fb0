package app.cairn.customer;

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

/** A customer row with its tags, custom attributes and current consents. Only this module sees it. */
@Entity
@Table(name = "customer")
class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String externalId;
    private String email;
    private String firstName;
    private String lastName;
    private String phone;
    private String country;
    private String city;
    private String timeZone;
    private String language;
    private LocalDate birthday;

    @Column(nullable = false)
    private Instant signupAt;

    private String source;
    private Long mergedIntoId;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "customer_tag", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "tag")
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

    boolean untag(String tag, Instant now) {
        updatedAt = now;
        return tags.remove(tag);
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

    boolean isMerged() {
        return mergedIntoId != null;
    }

    private static void compare(Map<String, String[]> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, new String[] {before, after});
        }
    }

    private static String str(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
