/**
 * Returns and exchanges: staff pick lines of a customer's order, a reason and a resolution, and move the return
 * through {@link app.cairn.returns.ReturnStatus its status flow}. A refunded return reaches the customer's spend
 * through commerce as a credit note (the one rule commerce has for money going back); a completed return is
 * announced as {@link app.cairn.returns.ReturnCompleted}. Its pages plug into the ticket and customer pages.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Returns",
        allowedDependencies = {"commerce", "customer", "support", "staff", "shared"})
package app.cairn.returns;
