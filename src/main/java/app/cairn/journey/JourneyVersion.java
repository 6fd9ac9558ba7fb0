package app.cairn.journey;

import java.time.Instant;

/** A published, unchangeable version of a journey; {@code number} counts from 1. */
public record JourneyVersion(
        long id, long journeyId, int number, JourneyGraph graph, Instant publishedAt, String publishedBy) {}
