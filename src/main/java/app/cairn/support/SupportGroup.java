package app.cairn.support;

import java.util.Set;

/**
 * A team tickets are routed to, the agents in it, and how its new tickets are assigned.
 *
 * @param assignment how new tickets of the group find an agent
 */
public record SupportGroup(long id, String name, Set<Long> memberIds, Assignment assignment, boolean archived) {}
