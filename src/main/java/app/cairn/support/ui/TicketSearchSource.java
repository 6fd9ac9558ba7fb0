package app.cairn.support.ui;

import app.cairn.shared.GlobalSearchSource;
import app.cairn.shared.StaffRole;
import app.cairn.shared.ui.StaffTimeZone;
import app.cairn.staff.StaffManagement;
import app.cairn.staff.StaffMember;
import app.cairn.support.TicketHit;
import app.cairn.support.TicketSearch;
import app.cairn.support.TicketSearchRequest;
import app.cairn.support.TicketSearchResult;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Tickets for the header's search box: only agents and admins see them. */
@Component
class TicketSearchSource implements GlobalSearchSource {

    private final TicketSearch search;
    private final StaffManagement staff;
    private final I18NProvider translations;

    TicketSearchSource(TicketSearch search, StaffManagement staff, I18NProvider translations) {
        this.search = search;
        this.staff = staff;
        this.translations = translations;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String titleKey() {
        return "search.group.tickets";
    }

    @Override
    public boolean visibleTo(Set<StaffRole> roles) {
        return roles.contains(StaffRole.ADMIN) || roles.contains(StaffRole.AGENT);
    }

    @Override
    public Found search(String text, String staffUsername, int limit, Locale locale, ZoneId zone) {
        long staffId = staff.findByUsername(staffUsername).map(StaffMember::id).orElse(0L);
        TicketSearchResult result =
                search.search(TicketSearchRequest.of(text, staffId, zone, limit).withoutFacets());
        if (result.total() == 0) {
            return Found.none();
        }
        List<Hit> hits =
                result.hits().stream().map(hit -> hit(hit, locale, zone)).toList();
        return new Found(result.total(), !result.totalExact(), hits, TicketSearchView.location(text));
    }

    private Hit hit(TicketHit ticket, Locale locale, ZoneId zone) {
        String detail = translations.getTranslation(TicketLabels.key(ticket.status()), locale) + " · "
                + StaffTimeZone.format(ticket.updatedAt(), zone, locale);
        return new Hit(
                "#" + ticket.number() + " " + ticket.subject(),
                detail,
                ticket.snippets().isEmpty() ? null : ticket.snippets().getFirst(),
                "tickets/" + ticket.number());
    }
}
