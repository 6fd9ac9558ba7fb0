package app.cairn.journey;

import app.cairn.commerce.CurrencyManagement;
import app.cairn.journey.internal.engine.JourneyPlan;
import app.cairn.journey.internal.engine.JourneyPlans;
import app.cairn.journey.internal.steps.ExperimentSteps;
import app.cairn.shared.UtcColumns;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How journeys are doing: counts per step and connection for the canvas (kept by the engine as it moves customers,
 * so reading them costs one small query however many customers there are), experiments with their outcome, and a
 * customer's journeys step by step.
 */
@Service
@Transactional(readOnly = true)
public class JourneyStatistics {

    private final JdbcClient jdbc;
    private final CurrencyManagement currencies;
    private final JourneyPlans plans;
    private final ExperimentSteps experiments;

    JourneyStatistics(JdbcClient jdbc, JourneyPlans plans, ExperimentSteps experiments, CurrencyManagement currencies) {
        this.currencies = currencies;
        this.jdbc = jdbc;
        this.plans = plans;
        this.experiments = experiments;
    }

    /** Each journey's customers so far, in it now and converted, by journey id; journeys never entered are left out. */
    public Map<Long, JourneyOverview> overview() {
        Map<Long, JourneyOverview> overview = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT e.journey_id, COUNT(*), SUM(e.ended_at IS NULL),
                            (SELECT COALESCE(SUM(s.n), 0) FROM journey_node_stat s
                             WHERE s.journey_id = e.journey_id AND s.measure = 'converted')
                        FROM journey_enrolment e GROUP BY e.journey_id""")
                .query((rs, row) -> new JourneyOverview(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list()
                .forEach(o -> overview.put(o.journeyId(), o));
        return overview;
    }

    /** The counts of each step that was ever reached, by step id, over all versions. */
    public Map<String, StepStatistics> steps(long journeyId) {
        record Count(String node, String measure, long n, BigDecimal revenue) {}
        String currency = currencies.reportingCurrency();
        List<Count> counts = jdbc.sql("""
                        SELECT node_id, measure, SUM(n), SUM(revenue) FROM journey_node_stat
                        WHERE journey_id = ? GROUP BY node_id, measure""")
                .param(journeyId)
                .query((rs, row) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4)))
                .list();
        Map<String, List<Count>> byNode = new TreeMap<>();
        counts.forEach(
                c -> byNode.computeIfAbsent(c.node(), k -> new ArrayList<>()).add(c));
        Map<String, StepStatistics> steps = new LinkedHashMap<>();
        byNode.forEach((node, list) -> {
            long entered = 0;
            long exited = 0;
            long converted = 0;
            BigDecimal revenue = BigDecimal.ZERO;
            Map<String, Long> outputs = new TreeMap<>();
            for (Count c : list) {
                switch (c.measure()) {
                    case "entered" -> entered = c.n();
                    case "exited" -> exited = c.n();
                    case "converted" -> {
                        converted = c.n();
                        revenue = c.revenue();
                    }
                    default -> outputs.put(c.measure().substring("out:".length()), c.n());
                }
            }
            long passed = outputs.values().stream().mapToLong(Long::longValue).sum();
            steps.put(
                    node,
                    new StepStatistics(
                            node,
                            entered,
                            entered - passed - exited,
                            passed,
                            exited,
                            converted,
                            revenue,
                            currency,
                            outputs));
        });
        return steps;
    }

    /** The outcome so far of each experiment step of the journey's live version, by step id. */
    public Map<String, ExperimentOutcome> experiments(long journeyId) {
        Map<String, ExperimentOutcome> outcomes = new LinkedHashMap<>();
        plans.running().stream()
                .filter(r -> r.journeyId() == journeyId)
                .findFirst()
                .map(JourneyPlans.Running::live)
                .or(() -> lastPublished(journeyId))
                .ifPresent(plan -> plan.graph().nodes().stream()
                        .filter(n -> n.type() == NodeType.EXPERIMENT)
                        .forEach(n -> outcomes.put(n.id(), experiments.outcome(journeyId, n))));
        return outcomes;
    }

    private java.util.Optional<JourneyPlan> lastPublished(long journeyId) {
        return jdbc.sql("SELECT MAX(id) FROM journey_version WHERE journey_id = ?")
                .param(journeyId)
                .query(Long.class)
                .optional()
                .map(plans::plan);
    }

    private static String noteKey(String note) {
        return note == null ? null : note.split("\\|", 2)[0];
    }

    private static String noteArgument(String note) {
        return note == null || note.indexOf('|') < 0 ? null : note.substring(note.indexOf('|') + 1);
    }

    /** The customer's journeys, latest entry first, each with the steps taken. */
    public List<CustomerJourney> ofCustomer(long customerId) {
        record Row(
                long id,
                long journeyId,
                String name,
                long versionId,
                int version,
                String node,
                java.time.Instant entered,
                java.time.Instant due,
                java.time.Instant ended,
                String reason) {}
        List<Row> rows = jdbc.sql("""
                        SELECT e.id, e.journey_id, j.name, e.version_id, v.number, e.node_id, e.entered_at, e.due_at,
                               e.ended_at, e.end_reason
                        FROM journey_enrolment e JOIN journey j ON j.id = e.journey_id
                        JOIN journey_version v ON v.id = e.version_id
                        WHERE e.customer_id = ? ORDER BY e.entered_at DESC, e.id DESC LIMIT 50""")
                .param(customerId)
                .query((rs, row) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getInt(5),
                        rs.getString(6),
                        UtcColumns.read(rs, 7),
                        UtcColumns.read(rs, 8),
                        UtcColumns.read(rs, 9),
                        rs.getString(10)))
                .list();
        List<CustomerJourney> journeys = new ArrayList<>();
        for (Row r : rows) {
            JourneyPlan plan = plans.plan(r.versionId());
            List<CustomerJourney.Step> steps = jdbc.sql("""
                            SELECT node_id, arrived_at, left_at, output, note FROM journey_step
                            WHERE enrolment_id = ? ORDER BY visit""")
                    .param(r.id())
                    .query((rs, row) -> new CustomerJourney.Step(
                            rs.getString(1),
                            plan.node(rs.getString(1)).type(),
                            UtcColumns.read(rs, 2),
                            UtcColumns.read(rs, 3),
                            rs.getString(4),
                            noteKey(rs.getString(5)),
                            noteArgument(rs.getString(5))))
                    .list();
            journeys.add(new CustomerJourney(
                    r.journeyId(),
                    r.name(),
                    r.version(),
                    r.node(),
                    plan.node(r.node()).type(),
                    r.entered(),
                    r.ended() == null ? r.due() : null,
                    r.ended(),
                    r.reason() == null ? null : EndReason.valueOf(r.reason()),
                    steps));
        }
        return journeys;
    }
}
