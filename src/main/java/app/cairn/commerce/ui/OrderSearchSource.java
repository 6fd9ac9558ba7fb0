package app.cairn.commerce.ui;

import app.cairn.commerce.OrderLookup;
import app.cairn.commerce.StoredOrder;
import app.cairn.shared.GlobalSearchSource;
import app.cairn.shared.StaffRole;
import app.cairn.shared.ui.Amounts;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Orders for the header's search box, by the start of their number; each leads to its customer's page. */
@Component
class OrderSearchSource implements GlobalSearchSource {

    /** Counting stops here: a short start ("D") can match most orders. */
    static final int COUNT_CAP = 1000;

    private final OrderLookup orders;
    private final I18NProvider translations;

    OrderSearchSource(OrderLookup orders, I18NProvider translations) {
        this.orders = orders;
        this.translations = translations;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "search.group.orders";
    }

    @Override
    public boolean visibleTo(Set<StaffRole> roles) {
        return !roles.isEmpty();
    }

    @Override
    public Found search(String text, String staffUsername, int limit, Locale locale, ZoneId zone) {
        String start = text.strip();
        if (start.contains(" ")) {
            return Found.none();
        }
        long total = orders.countStartingWith(start, COUNT_CAP);
        if (total == 0) {
            return Found.none();
        }
        List<Hit> hits = orders.startingWith(start, limit).stream()
                .map(found -> hit(found, locale, zone))
                .toList();
        return new Found(Math.min(total, COUNT_CAP), total > COUNT_CAP, hits, null);
    }

    private Hit hit(StoredOrder found, Locale locale, ZoneId zone) {
        var order = found.order();
        String detail = StaffTimeZone.format(order.placedAt(), zone, locale)
                + " · " + Amounts.format(order.total(), order.currency(), locale)
                + " · "
                + translations.getTranslation(
                        "order.status." + order.status().name().toLowerCase(Locale.ROOT), locale);
        return new Hit(order.orderNumber(), detail, null, "customers/" + found.customerId());
    }
}
