/**
 * Support: tickets from every channel (agents, the API, and later e-mail and the web form), their conversations of
 * public replies and internal notes, their own history of every change, groups of agents, and the inbox agents
 * work from. Other modules learn of tickets through its events ({@link app.cairn.support.TicketOpened},
 * {@link app.cairn.support.TicketMessageAdded}, {@link app.cairn.support.TicketChanged},
 * {@link app.cairn.support.TicketSolved}), never its tables.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Support",
        allowedDependencies = {"customer", "staff", "messaging", "segment", "search", "textanalysis", "shared"})
package app.cairn.support;
