package app.cairn.support.internal;

import app.cairn.shared.StaffRole;
import app.cairn.staff.StaffManagement;
import app.cairn.support.Assignment;
import app.cairn.support.SupportGroup;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Picks the agent for a new ticket of a group that assigns by itself: among its enabled agents who are not away,
 * the one who has waited longest (round robin) or has the fewest active tickets (then the one who waited longest).
 * The group's row is locked meanwhile, so two tickets arriving together go to two agents.
 */
@Component
public class AutoAssignment {

    private final GroupStore groups;
    private final AgentStore agents;
    private final StaffManagement staff;

    public AutoAssignment(GroupStore groups, AgentStore agents, StaffManagement staff) {
        this.groups = groups;
        this.agents = agents;
        this.staff = staff;
    }

    /** The agent the group's next ticket goes to (recorded as their turn), or empty for none or a manual group. */
    public Optional<Long> next(long groupId, Instant now) {
        Optional<SupportGroup> group = groups.find(groupId);
        if (group.isEmpty()
                || group.get().assignment() == Assignment.MANUAL
                || group.get().archived()) {
            return Optional.empty();
        }
        groups.lock(groupId);
        Set<Long> away = agents.away(group.get().memberIds());
        List<Long> candidates = group.get().memberIds().stream()
                .filter(id -> !away.contains(id))
                .filter(id -> staff.find(id)
                        .filter(m -> m.enabled() && (m.has(StaffRole.AGENT) || m.has(StaffRole.ADMIN)))
                        .isPresent())
                .toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Instant> last = agents.lastAssigned(candidates);
        Comparator<Long> waited = Comparator.<Long, Instant>comparing(id -> last.getOrDefault(id, Instant.EPOCH))
                .thenComparing(Comparator.naturalOrder());
        Comparator<Long> order = waited;
        if (group.get().assignment() == Assignment.FEWEST_OPEN) {
            Map<Long, Long> open = agents.activeTickets(candidates);
            order = Comparator.<Long, Long>comparing(id -> open.getOrDefault(id, 0L))
                    .thenComparing(waited);
        }
        long chosen = candidates.stream().min(order).orElseThrow();
        agents.assigned(chosen, now);
        return Optional.of(chosen);
    }
}
