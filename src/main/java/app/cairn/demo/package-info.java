/**
 * Demo data: a deterministic, realistic shop (catalogue, customers from ten countries, orders drawn from a stated
 * purchasing process, browsing and abandoned carts) for demo mode and benchmarks.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {"customer", "commerce", "messaging", "segment", "scoring", "staff", "support", "shared"})
package app.cairn.demo;
