package app.cairn.demo;

/**
 * What a run of the demo data generator created.
 *
 * @param customers customer records, including second registrations
 * @param reregistrations people who registered a second time (a duplicate for the duplicate scan to find)
 */
public record DemoDataSummary(int products, int customers, int reregistrations, long orders, long events) {}
