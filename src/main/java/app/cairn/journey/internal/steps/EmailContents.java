package app.cairn.journey.internal.steps;

import app.cairn.journey.JourneyNode;
import app.cairn.journey.internal.engine.JourneyPlan;
import app.cairn.journey.step.ActionStep;
import app.cairn.messaging.TriggeredEmails;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The frozen template each send step of a version sends: frozen when the step is first reached, so every customer
 * of the version gets the same message, however the template is edited later.
 */
@Component
public class EmailContents {

    private final JdbcClient jdbc;
    private final TriggeredEmails emails;

    public EmailContents(JdbcClient jdbc, TriggeredEmails emails) {
        this.jdbc = jdbc;
        this.emails = emails;
    }

    /** The step's content, frozen now if it was not yet (two nodes freezing at once keep the first). */
    public long contentOf(JourneyPlan plan, JourneyNode step) {
        return existing(plan.versionId(), step.id()).orElseGet(() -> {
            long frozen = emails.freeze(step.step(ActionStep.SendEmail.class).template());
            jdbc.sql("INSERT IGNORE INTO journey_email_content (version_id, node_id, content_id) VALUES (?, ?, ?)")
                    .params(plan.versionId(), step.id(), frozen)
                    .update();
            // a locking read: it sees the row another transaction committed after this one's snapshot was taken
            return jdbc.sql("""
                            SELECT content_id FROM journey_email_content WHERE version_id = ? AND node_id = ?
                            LOCK IN SHARE MODE""")
                    .params(plan.versionId(), step.id())
                    .query(Long.class)
                    .single();
        });
    }

    /** The step's content, if the step was ever reached. */
    public Optional<Long> existing(long versionId, String nodeId) {
        return jdbc.sql("SELECT content_id FROM journey_email_content WHERE version_id = ? AND node_id = ?")
                .params(versionId, nodeId)
                .query(Long.class)
                .optional();
    }
}
