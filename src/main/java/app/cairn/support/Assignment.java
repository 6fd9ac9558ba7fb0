package app.cairn.support;

/** How a group's new tickets find their agent. */
public enum Assignment {
    /** Agents take tickets themselves, or a lead assigns them. */
    MANUAL,
    /** Each new ticket goes to the agent who has waited longest for one. */
    ROUND_ROBIN,
    /** Each new ticket goes to the agent with the fewest active tickets. */
    FEWEST_OPEN
}
