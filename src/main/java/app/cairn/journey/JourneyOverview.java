package app.cairn.journey;

/**
 * A journey's figures at a glance.
 *
 * @param enrolled every entry so far, over all versions
 * @param active customers in the journey now
 * @param converted goals met
 */
public record JourneyOverview(long journeyId, long enrolled, long active, long converted) {}
