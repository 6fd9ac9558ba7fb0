package app.cairn.support;

import app.cairn.staff.StaffManagement;
import app.cairn.staff.StaffMember;
import app.cairn.support.internal.search.TicketSearches;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Full-text ticket search for agents and admins (callers check the role): words in any language, phrases,
 * prefixes and filters over subjects, every message (quoted history ranked lower), requesters and order numbers;
 * facets, highlighted snippets, and a cursor that pages through every hit — there is no cap.
 */
@Service
public class TicketSearch {

    /** The most results one page may hold. */
    public static final int MAX_PAGE = 200;

    private final TicketSearches searches;
    private final SupportGroups groups;
    private final StaffManagement staff;

    TicketSearch(TicketSearches searches, SupportGroups groups, StaffManagement staff) {
        this.searches = searches;
        this.groups = groups;
        this.staff = staff;
    }

    /**
     * One page of results.
     *
     * @throws TicketException when the query names an unknown filter or a value the filter does not know (the
     *     message names both), or the cursor is not one this search gave
     */
    public TicketSearchResult search(TicketSearchRequest request) {
        if (request.pageSize() < 1 || request.pageSize() > MAX_PAGE) {
            throw new TicketException("support.search.error.page-size", request.pageSize(), MAX_PAGE);
        }
        return searches.search(
                request.query(),
                request.staffId(),
                request.zone() == null ? ZoneOffset.UTC : request.zone(),
                request.sort() == null ? TicketSearchSort.RELEVANCE : request.sort(),
                request.cursor(),
                request.pageSize(),
                request.facets(),
                this::groupNamed,
                this::staffNamed);
    }

    private Optional<Long> groupNamed(String name) {
        return groups.all().stream()
                .filter(g -> g.name().equalsIgnoreCase(name.strip()))
                .map(SupportGroup::id)
                .findFirst();
    }

    private Optional<Long> staffNamed(String name) {
        return staff.findByUsername(name.strip()).map(StaffMember::id);
    }
}
