package app.cairn.support;

import app.cairn.shared.StorableText;
import app.cairn.support.internal.AgentStore;
import app.cairn.support.internal.GroupStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The groups tickets are routed to, who is in each and how their new tickets are assigned, and which agents are away.
 * An archived group takes no new tickets.
 */
@Service
public class SupportGroups {

    private final GroupStore groups;
    private final AgentStore agents;
    private final Clock clock;

    SupportGroups(GroupStore groups, AgentStore agents, Clock clock) {
        this.groups = groups;
        this.agents = agents;
        this.clock = clock;
    }

    /** Every group, by name, archived ones included. */
    @Transactional(readOnly = true)
    public List<SupportGroup> all() {
        return groups.all();
    }

    /** Marks an agent away (no tickets are assigned to them automatically) or back. */
    @Transactional
    public void away(long staffId, boolean away) {
        agents.away(staffId, away);
    }

    /** Whether the agent is marked away. */
    @Transactional(readOnly = true)
    public boolean isAway(long staffId) {
        return agents.isAway(staffId);
    }

    /**
     * Creates a group.
     *
     * @throws TicketException when the name is empty, too long or taken
     */
    @Transactional
    public SupportGroup create(String name, Set<Long> memberIds, Assignment assignment) {
        String plain = name(name, null);
        long id = groups.insert(plain, clock.instant());
        groups.setMembers(id, memberIds);
        groups.assignment(id, assignment == null ? Assignment.MANUAL : assignment);
        return groups.find(id).orElseThrow();
    }

    /** Renames a group, sets its members and how its new tickets are assigned. */
    @Transactional
    public SupportGroup update(long id, String name, Set<Long> memberIds, Assignment assignment) {
        groups.find(id).orElseThrow(() -> new TicketException("support.error.group-unknown", id));
        groups.rename(id, name(name, id));
        groups.setMembers(id, memberIds);
        groups.assignment(id, assignment == null ? Assignment.MANUAL : assignment);
        return groups.find(id).orElseThrow();
    }

    /**
     * Sets the agent the group's breached tickets are escalated to, or clears it with null.
     *
     * @throws TicketException when the group is unknown or the lead is not one of its agents
     */
    @Transactional
    public void lead(long id, Long staffId) {
        SupportGroup group = groups.find(id).orElseThrow(() -> new TicketException("support.error.group-unknown", id));
        if (staffId != null && !group.memberIds().contains(staffId)) {
            throw new TicketException("support.error.lead-not-member", group.name());
        }
        groups.lead(id, staffId);
    }

    /** The agent the group's breached tickets are escalated to, if it has one. */
    @Transactional(readOnly = true)
    public Optional<Long> leadOf(long id) {
        return groups.leadOf(id);
    }

    /** Archives a group: it keeps its tickets and takes no new ones. */
    @Transactional
    public void archive(long id) {
        groups.find(id).orElseThrow(() -> new TicketException("support.error.group-unknown", id));
        groups.archive(id, clock.instant());
    }

    private String name(String name, Long self) {
        StorableText.require("support.field.group", name);
        String plain = name == null ? "" : name.strip();
        if (plain.isEmpty() || plain.length() > 100) {
            throw new TicketException("support.error.group-name", 100);
        }
        groups.idOfName(plain).filter(id -> !id.equals(self)).ifPresent(id -> {
            throw new TicketException("support.error.group-taken", plain);
        });
        return plain;
    }
}
