package app.cairn.journey;

import app.cairn.journey.internal.engine.JourneyPlans;
import app.cairn.journey.internal.engine.JourneyStore;
import app.cairn.journey.internal.entries.JourneyEntries;
import app.cairn.journey.internal.graph.JourneyReferences;
import app.cairn.journey.internal.graph.JourneyValidator;
import app.cairn.shared.RefusedException;
import app.cairn.shared.StorableText;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Journeys as a marketer keeps them: a draft saved as it is drawn, checked for problems, published as an
 * unchangeable version (customers already in the journey stay on theirs), paused, resumed, stopped and
 * duplicated; or started from a ready-made template.
 */
@Service
public class JourneyManagement {

    static final int MAX_STEPS = 200;

    private final JourneyStore store;
    private final JourneyPlans plans;
    private final JourneyEntries entries;
    private final JourneyReferences references;

    JourneyManagement(JourneyStore store, JourneyPlans plans, JourneyEntries entries, JourneyReferences references) {
        this.store = store;
        this.references = references;
        this.plans = plans;
        this.entries = entries;
    }

    /** A new journey in draft with the given graph (it may be empty). Refused for an empty or taken name. */
    @Transactional
    public Journey create(String name, JourneyGraph draft, String by) {
        return store.find(store.create(cleanName(name), sized(draft), by)).orElseThrow();
    }

    private static String cleanName(String name) {
        String clean =
                name == null ? "" : StorableText.require("journey.name", name).strip();
        if (clean.isEmpty() || clean.length() > 200) {
            throw new RefusedException("journey.error.name");
        }
        return clean;
    }

    /** A new journey in draft drawn from a ready-made template; its settings are left for the marketer to fill. */
    @Transactional
    public Journey createFromTemplate(JourneyTemplate template, String name, String by) {
        return create(name, template.graph(), by);
    }

    /** Gives the journey another name. Refused for an empty or taken name. */
    @Transactional
    public Journey rename(long id, String name) {
        require(id);
        store.rename(id, cleanName(name));
        return require(id);
    }

    /** Every journey, by name. */
    @Transactional(readOnly = true)
    public List<Journey> all() {
        return store.all();
    }

    /** The journey, if it exists. */
    @Transactional(readOnly = true)
    public Optional<Journey> find(long id) {
        return store.find(id);
    }

    /** Saves the draft as drawn, problems and all (autosave); publishing checks it. */
    @Transactional
    public Journey saveDraft(long id, JourneyGraph draft) {
        require(id);
        store.saveDraft(id, sized(draft));
        return store.find(id).orElseThrow();
    }

    /** What stands between the draft and publishing it, step by step; empty when it can be published. */
    @Transactional(readOnly = true)
    public List<JourneyProblem> problems(long id) {
        return problemsOf(require(id).draft());
    }

    /**
     * Publishes the draft as the next version, which new entrants follow from now on; a draft journey goes live.
     * Refused with the problems ({@link JourneyNotPublishable}) when there are any, and for a stopped journey.
     */
    @Transactional
    public JourneyVersion publish(long id, String by) {
        JourneyStatus status = store.lock(id).orElseThrow(() -> notFound(id));
        if (status == JourneyStatus.STOPPED) {
            throw new RefusedException("journey.error.stopped");
        }
        JourneyGraph draft = require(id).draft();
        List<JourneyProblem> problems = problemsOf(draft);
        if (!problems.isEmpty()) {
            throw new JourneyNotPublishable(problems);
        }
        return store.publish(id, draft, by);
    }

    /** Holds a live journey: nobody enters or moves on until it is resumed. */
    @Transactional
    public void pause(long id) {
        change(id, List.of(JourneyStatus.LIVE), JourneyStatus.PAUSED);
    }

    /** Lets a paused journey run again. */
    @Transactional
    public void resume(long id) {
        change(id, List.of(JourneyStatus.PAUSED), JourneyStatus.LIVE);
    }

    /** Stops a journey for good. */
    @Transactional
    public void stop(long id) {
        change(id, List.of(JourneyStatus.DRAFT, JourneyStatus.LIVE, JourneyStatus.PAUSED), JourneyStatus.STOPPED);
    }

    /**
     * Enrols customers by hand (or through the API) in a live journey's current version, whatever its entry, as
     * its re-entry rule allows; answers those enrolled (customers in it already, or not let in again, are not).
     *
     * @throws RefusedException when the journey is not live
     */
    public Set<Long> enrol(long id, Collection<Long> customerIds) {
        JourneyPlans.Running journey = plans.running().stream()
                .filter(r -> r.journeyId() == id && r.status() == JourneyStatus.LIVE)
                .findFirst()
                .orElseThrow(() -> new RefusedException("journey.error.not-live", String.valueOf(id)));
        return entries.enrol(journey.live(), customerIds, Map.of(), true);
    }

    /** A new draft journey with a copy of this one's draft. */
    @Transactional
    public Journey duplicate(long id, String name, String by) {
        return create(name, require(id).draft(), by);
    }

    /** The journey's published versions, oldest first. */
    @Transactional(readOnly = true)
    public List<JourneyVersion> versions(long id) {
        return store.versions(id);
    }

    private List<JourneyProblem> problemsOf(JourneyGraph draft) {
        List<JourneyProblem> problems = new java.util.ArrayList<>(JourneyValidator.problems(draft));
        problems.addAll(references.problems(draft));
        return problems;
    }

    private void change(long id, List<JourneyStatus> from, JourneyStatus to) {
        store.lock(id).orElseThrow(() -> notFound(id));
        if (!store.setStatus(id, from, to)) {
            throw new RefusedException("journey.error.status-change", to.name());
        }
    }

    private Journey require(long id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    private static RefusedException notFound(long id) {
        return new RefusedException("journey.error.not-found", String.valueOf(id));
    }

    private static JourneyGraph sized(JourneyGraph draft) {
        JourneyGraph graph = draft == null ? new JourneyGraph(List.of(), List.of()) : draft;
        if (graph.nodes().size() > MAX_STEPS) {
            throw new RefusedException("journey.error.too-many-steps", String.valueOf(MAX_STEPS));
        }
        return graph;
    }
}
