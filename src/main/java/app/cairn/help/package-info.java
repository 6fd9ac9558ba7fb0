/**
 * The help centre: articles agents write (English and Chinese, sanitised rich text, in categories, each answering an
 * intent), the public pages where customers read and search them, the answers ranked for an agent's ticket, and
 * self-service: per intent, answering a new ticket at once with the best articles, the customer's "this answered my
 * question" solving it without an agent, and the share of tickets so answered.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Help centre",
        allowedDependencies = {"support", "textanalysis", "search", "customer", "shared"})
package app.cairn.help;
