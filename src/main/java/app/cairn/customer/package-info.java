/**
 * Customers: profile, tags, custom attributes and consent per channel, with the history of every change.
 * Other modules add sections to the customer page through {@link app.cairn.customer.CustomerSection}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Customer",
        allowedDependencies = {"search", "shared"})
package app.cairn.customer;
