package app.cairn.support;

import java.util.Set;

/** A team tickets are routed to, and the agents in it. */
public record SupportGroup(long id, String name, Set<Long> memberIds, boolean archived) {}
