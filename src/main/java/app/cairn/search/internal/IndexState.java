package app.cairn.search.internal;

import java.util.Optional;

/**
 * What is known of each index: the fingerprint of the mapping it was last built completely with. An index without
 * one (new, healed, deleted, or left half-built) is built again.
 */
interface IndexState {

    /** The fingerprint the index was last built completely with, if it was. */
    Optional<String> builtWith(String index);

    /** The index was built completely with this fingerprint. */
    void built(String index, String fingerprint);

    /** The index is not (or no longer) complete. */
    void forget(String index);
}
