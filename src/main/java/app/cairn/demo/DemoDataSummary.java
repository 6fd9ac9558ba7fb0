package app.cairn.demo;

/** What a run of the demo data generator created. */
public record DemoDataSummary(int products, int customers, long orders, long events) {}
