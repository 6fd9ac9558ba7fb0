package app.cairn.help;

/** What self-service does with a new ticket of an intent. */
public enum SelfServiceMode {
    /** Nothing: agents answer, without articles suggested for the intent. */
    OFF,
    /** The best articles are suggested to agents on the ticket; nothing is sent. What a new shop starts with. */
    SUGGEST,
    /**
     * When the model is sure enough of the intent and a published article answers it, the customer gets the best
     * articles at once, with a link to say they answered the question.
     */
    AUTO
}
