package app.cairn.support;

/** A message of a ticket's conversation: a public reply the customer sees, or an internal note only staff see. */
public enum MessageKind {
    REPLY,
    NOTE
}
