package app.cairn.demo;

/**
 * The stochastic process the demo orders are drawn from, so that purchase and spend models fitted later can be
 * checked against the parameters that generated the data.
 *
 * <ul>
 *   <li>Purchasing (Pareto/NBD): while alive, a customer orders as a Poisson process with rate λ per year,
 *       λ ~ Gamma(shape {@code r}, scale {@code alphaScale}).
 *   <li>Dropout: each customer's lifetime after signup is exponential with rate μ per year,
 *       μ ~ Gamma(shape {@code s}, scale {@code betaScale}).
 *   <li>Spend (Gamma-Gamma): each order's value is Gamma(shape {@code p}, rate ν), with the customer's
 *       ν ~ Gamma(shape {@code q}, rate {@code gamma}); the mean order value is p·γ/(q−1).
 * </ul>
 *
 * @param r shape of the purchase-rate distribution
 * @param alphaScale scale of the purchase-rate distribution (orders per year)
 * @param s shape of the dropout-rate distribution
 * @param betaScale scale of the dropout-rate distribution (per year)
 * @param p shape of an order's value
 * @param q shape of the customer's spend rate
 * @param gamma rate of the customer's spend rate
 */
public record PurchaseProcess(
        double r, double alphaScale, double s, double betaScale, double p, double q, double gamma) {

    /**
     * The parameters demo mode uses: on average 5.4 orders a year while a customer stays (λ mean r·scale), a
     * mean dropout rate of 0.24 a year, and a mean order of 80. Over the demo's two years of signups this gives
     * about 4.8 orders per customer.
     */
    public static PurchaseProcess standard() {
        return new PurchaseProcess(1.2, 4.5, 0.4, 0.6, 6.0, 4.0, 40.0);
    }

    /** Mean order value p·γ/(q−1). */
    public double meanOrderValue() {
        return p * gamma / (q - 1);
    }
}
