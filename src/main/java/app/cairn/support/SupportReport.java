package app.cairn.support;

import app.cairn.staff.StaffManagement;
import app.cairn.support.internal.GroupStore;
import app.cairn.support.internal.ReportQueries;
import app.cairn.support.internal.ReportQueries.By;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The support report: what is open now, and for a period what was opened and solved, how fast it was answered and
 * solved, how many SLA promises were kept, and how satisfied customers were; in total, per agent and per group.
 */
@Service
public class SupportReport {

    private final ReportQueries queries;
    private final GroupStore groups;
    private final StaffManagement staff;

    SupportReport(ReportQueries queries, GroupStore groups, StaffManagement staff) {
        this.queries = queries;
        this.groups = groups;
        this.staff = staff;
    }

    /** The report of {@code [from, to)}, with days counted in the zone. */
    @Transactional(readOnly = true)
    public SupportFigures of(Instant from, Instant to, ZoneId zone) {
        Map<Long, String> agentNames = new java.util.HashMap<>();
        for (Long id : queries.assignees(from, to)) {
            staff.find(id).ifPresent(member -> agentNames.put(id, member.displayName()));
        }
        Map<Long, String> groupNames =
                groups.all().stream().collect(Collectors.toMap(SupportGroup::id, SupportGroup::name));
        // per agent, including tickets without one (key null), which the totals add up
        Map<Long, SupportFigures.Sla> agentSla = queries.sla(By.ASSIGNEE, from, to);
        Map<Long, SupportFigures.Satisfaction> agentCsat = queries.csat(By.ASSIGNEE, from, to);
        List<SupportFigures.Row> agents = rows(By.ASSIGNEE, from, to, agentNames::get, agentSla, agentCsat);
        List<SupportFigures.Row> byGroup = rows(
                By.GROUP, from, to, groupNames::get, queries.sla(By.GROUP, from, to), queries.csat(By.GROUP, from, to));
        List<ReportQueries.Times> all = queries.times(By.ALL, from, to);
        return new SupportFigures(
                queries.openByStatus(),
                queries.count("created_at", from, to),
                queries.count("solved_at", from, to),
                all.isEmpty() ? null : all.getFirst().firstResponse(),
                all.isEmpty() ? null : all.getFirst().resolution(),
                sum(agentSla.values()),
                satisfaction(agentCsat.values()),
                agents,
                byGroup,
                queries.perDay("created_at", from, to, zone),
                queries.perDay("solved_at", from, to, zone));
    }

    private List<SupportFigures.Row> rows(
            By by,
            Instant from,
            Instant to,
            Function<Long, String> names,
            Map<Long, SupportFigures.Sla> sla,
            Map<Long, SupportFigures.Satisfaction> csat) {
        Map<Long, ReportQueries.Times> times = queries.times(by, from, to).stream()
                .filter(t -> t.key() != null)
                .collect(Collectors.toMap(ReportQueries.Times::key, t -> t));
        Set<Long> keys = new HashSet<>(times.keySet());
        keys.addAll(sla.keySet());
        keys.addAll(csat.keySet());
        keys.remove(null);
        return keys.stream()
                .map(key -> {
                    ReportQueries.Times t = times.get(key);
                    return new SupportFigures.Row(
                            names.apply(key) == null ? "#" + key : names.apply(key),
                            t == null ? 0 : t.solved(),
                            t == null ? null : t.firstResponse(),
                            t == null ? null : t.resolution(),
                            sla.getOrDefault(key, new SupportFigures.Sla(0, 0)),
                            csat.getOrDefault(key, new SupportFigures.Satisfaction(0, 0)));
                })
                .sorted(Comparator.comparingLong(SupportFigures.Row::solved)
                        .reversed()
                        .thenComparing(SupportFigures.Row::name))
                .toList();
    }

    private static SupportFigures.Sla sum(java.util.Collection<SupportFigures.Sla> all) {
        return new SupportFigures.Sla(
                all.stream().mapToLong(SupportFigures.Sla::met).sum(),
                all.stream().mapToLong(SupportFigures.Sla::breached).sum());
    }

    private static SupportFigures.Satisfaction satisfaction(java.util.Collection<SupportFigures.Satisfaction> all) {
        long answers =
                all.stream().mapToLong(SupportFigures.Satisfaction::answers).sum();
        double total = all.stream().mapToDouble(s -> s.average() * s.answers()).sum();
        return new SupportFigures.Satisfaction(answers, answers == 0 ? 0 : total / answers);
    }
}
