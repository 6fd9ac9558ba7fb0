package app.cairn.search;

/**
 * One index as it stands.
 *
 * @param name the index's name
 * @param documents the documents it holds
 * @param complete whether it was built completely with the current mapping (false while it is built or rebuilt)
 */
public record IndexStatus(String name, long documents, boolean complete) {}
