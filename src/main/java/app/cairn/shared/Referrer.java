package app.cairn.shared;

/**
 * Something that names a segment or template by id: a journey, a broadcast or another segment's rule.
 *
 * @param kindKey translation key of what it is, such as {@code referrer.journey}
 * @param name its name as staff know it
 * @param inUse whether it still needs what it names (a live journey, a broadcast not yet sent, a segment in use):
 *     archiving is refused until it no longer does
 */
public record Referrer(String kindKey, String name, boolean inUse) {}
