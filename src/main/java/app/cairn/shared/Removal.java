package app.cairn.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What removing a segment, template, broadcast or journey would do now, for the confirmation to say before
 * anything happens.
 *
 * @param action delete it, archive it, or neither
 * @param reasonKey translation key saying why it is archived rather than deleted, or why it cannot be removed;
 *     null for a plain delete
 * @param referrers what names it, for the confirmation to list
 */
public record Removal(Action action, String reasonKey, List<Referrer> referrers) {

    /** What removing does. */
    public enum Action {
        /** Nothing refers to it and it has no history worth keeping: it goes for good. */
        DELETE,
        /** It has history or is named by things that no longer need it: it is hidden, kept and can be restored. */
        ARCHIVE,
        /** Something still needs it, or it is running: the staff member must change that first. */
        BLOCKED
    }

    public Removal {
        referrers = List.copyOf(referrers);
    }

    /** A plain delete. */
    public static Removal delete() {
        return new Removal(Action.DELETE, null, List.of());
    }

    /**
     * The removal of something named by {@code referrers}: blocked by the first that is still in use, an archive
     * when others name it (their history keeps its id), a delete when nothing does.
     */
    public static Removal given(List<Referrer> referrers, String blockedKey, String archivedKey) {
        if (referrers.stream().anyMatch(Referrer::inUse)) {
            return new Removal(Action.BLOCKED, blockedKey, referrers);
        }
        return referrers.isEmpty() ? delete() : new Removal(Action.ARCHIVE, archivedKey, referrers);
    }

    /**
     * What everything in {@code sources} says names the segment or template, blocked by the first that is still
     * in use, an archive when others name it, a delete when nothing does.
     */
    public static Removal among(
            List<ReferrerSource> sources, Referable kind, long id, String blockedKey, String archivedKey) {
        List<Referrer> referrers = sources.stream()
                .flatMap(source -> source.referrersOf(kind, id).stream())
                .toList();
        return given(referrers, blockedKey, archivedKey);
    }

    /** The plan for something archived already: nothing more to do. */
    public static Removal alreadyArchived() {
        return new Removal(Action.BLOCKED, "removal.already-archived", List.of());
    }

    /**
     * Carries the plan out: runs {@code delete} or {@code archive}, or refuses with the reason, the thing's name
     * and the referrers' names.
     *
     * @return this plan, as done
     * @throws RefusedException when it is blocked
     */
    public Removal carryOut(String name, Runnable delete, Runnable archive) {
        switch (action) {
            case DELETE -> delete.run();
            case ARCHIVE -> archive.run();
            case BLOCKED -> throw new RefusedException(reasonKey, name, referrerNames());
        }
        return this;
    }

    /** The referrers' names, quoted and comma-separated, for a message that names them in any language. */
    public String referrerNames() {
        return referrers.stream().map(r -> "“" + r.name() + "”").collect(Collectors.joining(", "));
    }

    /** Whether the staff member may go ahead. */
    public boolean allowed() {
        return action != Action.BLOCKED;
    }
}
