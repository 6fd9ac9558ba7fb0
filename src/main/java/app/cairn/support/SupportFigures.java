package app.cairn.support;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The support report of a period.
 *
 * @param openByStatus the tickets not solved or closed now, by status
 * @param opened tickets opened in the period
 * @param solved tickets solved in the period
 * @param firstResponse the average time from opening to the first public reply, of tickets first answered in the
 *     period (wall-clock time), or null when none was
 * @param resolution the average time from opening to solving, of tickets solved in the period, or null
 * @param sla SLA promises met and broken in the period
 * @param csat satisfaction answers given in the period
 * @param agents the same per assignee (by name), busiest first
 * @param groups the same per group (by name; tickets without a group under an empty name)
 * @param openedPerDay tickets opened per day of the period, in the report's time zone
 * @param solvedPerDay tickets solved per day of the period
 */
public record SupportFigures(
        Map<TicketStatus, Long> openByStatus,
        long opened,
        long solved,
        Duration firstResponse,
        Duration resolution,
        Sla sla,
        Satisfaction csat,
        List<Row> agents,
        List<Row> groups,
        List<DayCount> openedPerDay,
        List<DayCount> solvedPerDay) {

    public SupportFigures {
        openByStatus = Map.copyOf(openByStatus);
        agents = List.copyOf(agents);
        groups = List.copyOf(groups);
        openedPerDay = List.copyOf(openedPerDay);
        solvedPerDay = List.copyOf(solvedPerDay);
    }

    /** SLA promises that came due in the period: met in time, or broken. */
    public record Sla(long met, long breached) {

        /** The share met, from 0 to 100, or null when none came due. */
        public Double metPercent() {
            return met + breached == 0 ? null : 100.0 * met / (met + breached);
        }
    }

    /** Survey answers: how many, and their average rating (1 to 5; 0 with none). */
    public record Satisfaction(long answers, double average) {}

    /** One agent's or group's figures. */
    public record Row(
            String name, long solved, Duration firstResponse, Duration resolution, Sla sla, Satisfaction csat) {}

    /** A count of one day. */
    public record DayCount(LocalDate day, long count) {}
}
