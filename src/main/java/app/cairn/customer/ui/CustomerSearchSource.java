package app.cairn.customer.ui;

import app.cairn.customer.CustomerFilter;
import app.cairn.customer.CustomerManagement;
import app.cairn.customer.CustomerSummary;
import app.cairn.shared.GlobalSearchSource;
import app.cairn.shared.StaffRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Customers for the header's search box: every staff member may look customers up. */
@Component
class CustomerSearchSource implements GlobalSearchSource {

    private final CustomerManagement customers;

    CustomerSearchSource(CustomerManagement customers) {
        this.customers = customers;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "search.group.customers";
    }

    @Override
    public boolean visibleTo(Set<StaffRole> roles) {
        return !roles.isEmpty();
    }

    @Override
    public Found search(String text, String staffUsername, int limit, Locale locale, ZoneId zone) {
        long total = customers.count(new CustomerFilter(text, null, null, null, null, null));
        if (total == 0) {
            return Found.none();
        }
        List<Hit> hits = customers.lookUp(text, 0, limit).stream()
                .map(CustomerSearchSource::hit)
                .toList();
        return new Found(
                total,
                false,
                hits,
                "customers?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    private static Hit hit(CustomerSummary customer) {
        String detail = Stream.of(customer.email(), customer.city(), customer.country())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" · "));
        return new Hit(customer.displayName(), detail, null, "customers/" + customer.id());
    }
}
