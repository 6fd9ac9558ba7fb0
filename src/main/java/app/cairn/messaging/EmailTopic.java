package app.cairn.messaging;

/** A kind of e-mail a customer can leave on its own in the preference centre, such as "Offers". */
public record EmailTopic(long id, String name, String description) {}
