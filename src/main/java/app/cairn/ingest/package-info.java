/**
 * The REST ingest API ({@code /api/v1}): shops push customers, products, orders and events with an API key; admins
 * create and revoke the keys.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Ingest API",
        allowedDependencies = {"customer", "commerce", "journey", "support", "textanalysis", "shared"})
package app.cairn.ingest;
