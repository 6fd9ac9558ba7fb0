/**
 * Segments: groups of customers defined by nested rules (or listed by hand), their membership with entry and
 * exit times, and the rules' compilation to SQL. Rules read the customer, commerce and scoring tables (read
 * only) through their owners' descriptions ({@link app.cairn.customer.CustomerTables},
 * {@link app.cairn.commerce.CommerceTables}, {@link app.cairn.scoring.ScoreTables}); every value in the SQL is
 * a bound parameter.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Segment",
        allowedDependencies = {"customer", "commerce", "scoring", "shared"})
package app.cairn.segment;
