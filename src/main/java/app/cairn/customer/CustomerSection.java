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

    /** Where the section sits: among the summary cards at the top, or the details below them. */
    default Placement placement() {
        return Placement.DETAIL;
    }

    /** Where a section sits on the customer page. */
    enum Placement {
        /** A small card at the top: the figures a staff member reads first. */
        SUMMARY,
        /** A full section below the summary: lists and history. */
        DETAIL
    }
}
