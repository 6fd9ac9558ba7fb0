package app.cairn.journey.internal.dispatch;

import app.cairn.journey.internal.engine.JourneyPlans;
import app.cairn.journey.step.ActionStep;
import app.cairn.shared.RefusedException;
import app.cairn.shared.UtcColumns;
import app.cairn.shared.net.OutboundAddresses;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the text messages and webhook calls journey steps put out. A call is claimed for {@link #LEASE} (another
 * node takes it over after that if this one dies), made, and marked sent; one that fails and may succeed later is
 * tried again after 1, 5, 15, 60 and 240 minutes, then marked failed. A call can be made twice only when a node dies
 * between making it and marking it: receivers drop repeats by the {@code Idempotency-Key} header. A webhook to an
 * address inside the network ({@link OutboundAddresses}) is not made and fails for good; redirects are not followed
 * and answers' bodies are never kept.
 */
@Component
public class JourneyDispatcher {

    public static final int BATCH = 20;
    public static final Duration LEASE = Duration.ofMinutes(2);
    public static final List<Duration> BACKOFF = List.of(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(15),
            Duration.ofMinutes(60),
            Duration.ofMinutes(240));

    private static final Logger log = LoggerFactory.getLogger(JourneyDispatcher.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JourneyPlans plans;
    private final SmsGateway sms;
    private final Clock clock;
    private final OutboundAddresses outbound;
    private final I18NProvider translations;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public JourneyDispatcher(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            JourneyPlans plans,
            SmsGateway sms,
            Clock clock,
            OutboundAddresses outbound,
            I18NProvider translations) {
        this.outbound = outbound;
        this.translations = translations;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.plans = plans;
        this.sms = sms;
        this.clock = clock;
    }

    private record Dispatch(
            long id,
            String key,
            String kind,
            long versionId,
            String node,
            String target,
            String payload,
            int attempts) {}

    /** Sends what is due until nothing is or the time is up; answers how many calls were made. */
    public int sendDue(Duration budget) {
        long until = System.nanoTime() + budget.toNanos();
        int made = 0;
        List<Dispatch> due;
        do {
            due = transactions.execute(status -> claim());
            for (Dispatch d : due) {
                make(d);
                made++;
            }
        } while (due.size() == BATCH && System.nanoTime() < until);
        return made;
    }

    private List<Dispatch> claim() {
        Instant now = clock.instant();
        List<Dispatch> due = jdbc.sql("""
                        SELECT id, idempotency_key, kind, version_id, node_id, target, payload, attempts
                        FROM journey_dispatch WHERE status = 'QUEUED' AND next_attempt_at <= ?
                        ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED""")
                .params(UtcColumns.toColumn(now), BATCH)
                .query((rs, row) -> new Dispatch(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getInt(8)))
                .list();
        if (!due.isEmpty()) {
            jdbc.sql("UPDATE journey_dispatch SET next_attempt_at = :lease WHERE id IN (:ids)")
                    .param("lease", UtcColumns.toColumn(now.plus(LEASE)))
                    .param("ids", due.stream().map(Dispatch::id).toList())
                    .update();
        }
        return due;
    }

    private void make(Dispatch d) {
        try {
            if ("SMS".equals(d.kind())) {
                sms.send(d.target(), d.payload(), d.key());
            } else {
                webhook(d);
            }
            finish(d, "SENT", null, null);
        } catch (RefusedException refused) {
            String reason = translations.getTranslation(refused.messageKey(), Locale.ENGLISH, refused.arguments());
            log.warn("Journey {} call {} refused: {}", d.kind(), d.key(), reason);
            finish(d, "FAILED", reason, null);
        } catch (IOException | RuntimeException failed) {
            boolean again = failed instanceof IOException && d.attempts() < BACKOFF.size();
            log.warn("Journey {} call {} failed{}: {}", d.kind(), d.key(), again ? "" : " for good", failed.toString());
            finish(
                    d,
                    again ? "QUEUED" : "FAILED",
                    String.valueOf(failed.getMessage()),
                    again ? clock.instant().plus(BACKOFF.get(d.attempts())) : null);
        }
    }

    private void webhook(Dispatch d) throws IOException {
        String secret = plans.plan(d.versionId())
                .node(d.node())
                .step(ActionStep.Webhook.class)
                .secret();
        HttpRequest request = HttpRequest.newBuilder(outbound.checkBeforeCall(d.target()))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", d.key())
                .header(
                        WebhookSignature.HEADER,
                        WebhookSignature.header(secret, clock.instant().getEpochSecond(), d.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(d.payload()))
                .build();
        HttpCalls.send(http, request);
    }

    private void finish(Dispatch d, String status, String error, Instant retryAt) {
        Instant now = clock.instant();
        jdbc.sql("""
                        UPDATE journey_dispatch SET status = ?, attempts = attempts + 1, last_error = ?,
                            sent_at = IF(? = 'SENT', ?, sent_at), next_attempt_at = COALESCE(?, next_attempt_at)
                        WHERE id = ?""")
                .params(
                        status,
                        error == null ? null : error.length() > 500 ? error.substring(0, 500) : error,
                        status,
                        UtcColumns.toColumn(now),
                        UtcColumns.toColumn(retryAt),
                        d.id())
                .update();
    }
}
