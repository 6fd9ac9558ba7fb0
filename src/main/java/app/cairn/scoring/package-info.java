/**
 * Scoring: what Cairn works out about each customer from their orders — RFM scores and the named R×F cell, and
 * k-means clusters described in plain words — nightly and on request. It owns the {@code customer_rfm},
 * {@code customer_cluster} and {@code customer_clustering} tables; segment rules read them only through
 * {@link app.cairn.scoring.ScoreTables}. The predictions to come build on it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Scoring",
        allowedDependencies = {"shared"})
package app.cairn.scoring;
