package app.cairn.support;

import java.time.Duration;

/**
 * The SLA targets of one priority, in business time of a calendar; a null target is not measured.
 */
public record SlaTarget(TicketPriority priority, Duration firstResponse, Duration nextResponse, Duration resolution) {

    /** The target of one metric, or null. */
    public Duration of(SlaMetric metric) {
        return switch (metric) {
            case FIRST_RESPONSE -> firstResponse;
            case NEXT_RESPONSE -> nextResponse;
            case RESOLUTION -> resolution;
        };
    }
}
