package app.cairn.customer;

import com.vaadin.flow.component.Component;

/**
 * A section of the customer page contributed by another module (orders, timeline, scores, tickets, …). The page
 * asks every such bean for its component, so modules add sections without the customer module knowing them.
 */
public interface CustomerSection {

    /** Position on the page; lower comes first. The profile itself is at 0. */
    int order();

    /** Translation key of the section's heading. */
    String titleKey();

    /** The section's content for one customer, built when the page opens. */
    Component create(long customerId);
}
