package app.cairn.messaging;

import app.cairn.messaging.internal.templates.TemplateStore;
import app.cairn.shared.Referable;
import app.cairn.shared.ReferrerSource;
import app.cairn.shared.RefusedException;
import app.cairn.shared.Removal;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting, archiving and restoring e-mail templates. A template no broadcast or journey names is deleted; one
 * named only by finished broadcasts or stopped journeys is archived (hidden from the list and the pickers, kept
 * for the reports that name it, restorable); one that a broadcast not yet sent or a journey in use needs stays,
 * and the staff member is told which.
 */
@Service
@Transactional
public class TemplateRemoval {

    private final TemplateStore store;
    private final List<ReferrerSource> sources;
    private final Clock clock;

    TemplateRemoval(TemplateStore store, List<ReferrerSource> sources, Clock clock) {
        this.store = store;
        this.sources = sources;
        this.clock = clock;
    }

    /** What removing the template would do now, for the confirmation. */
    @Transactional(readOnly = true)
    public Removal plan(long id) {
        EmailTemplate template = store.find(id)
                .orElseThrow(() -> new RefusedException("messaging.error.template-not-found", String.valueOf(id)));
        return template.isArchived()
                ? Removal.alreadyArchived()
                : Removal.among(
                        sources, Referable.TEMPLATE, id, "templates.removal.in-use", "templates.removal.archived");
    }

    /**
     * Deletes or archives the template as {@link #plan(long)} says, deciding again on what is there now.
     *
     * @return what was done
     * @throws RefusedException when something still needs the template, naming it
     */
    public Removal remove(long id) {
        store.lock(id);
        return plan(id).carryOut(
                        store.find(id).orElseThrow().name(),
                        () -> store.delete(id),
                        () -> store.archive(id, clock.instant()));
    }

    /** Brings an archived template back into the list and the pickers. */
    public void restore(long id) {
        store.find(id)
                .orElseThrow(() -> new RefusedException("messaging.error.template-not-found", String.valueOf(id)));
        store.archive(id, null);
    }

    /** The archived templates, by name. */
    @Transactional(readOnly = true)
    public List<EmailTemplate> archived() {
        return store.archived();
    }
}
