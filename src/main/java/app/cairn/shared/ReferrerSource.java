package app.cairn.shared;

import java.util.List;

/**
 * Implemented by a module whose records name segments or templates. Before one is deleted or archived, its
 * module asks every such bean, so that nothing is removed while something still needs it and the staff member
 * is told what refers to it — without the owning module knowing the modules that refer to it.
 */
public interface ReferrerSource {

    /** What in this module names the given segment or template; empty when nothing does. */
    List<Referrer> referrersOf(Referable kind, long id);
}
