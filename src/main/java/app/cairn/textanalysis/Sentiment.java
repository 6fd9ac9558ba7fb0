package app.cairn.textanalysis;

/** How a text feels. */
public enum Sentiment {
    /** Pleased, grateful, recommending. */
    POSITIVE,
    /** Neither clearly positive nor clearly negative, or both at once (praise for one thing, a complaint about another). */
    NEUTRAL,
    /** Unhappy, disappointed, angry. */
    NEGATIVE
}
