package app.cairn.segment;

/** How a condition tests its field. Which operators a field takes follows from its {@link RuleField.Kind}. */
public enum RuleOperator {
    /** Text: is one of the values. Number: equals. */
    EQUALS,
    /** Text: is none of the values (or not set). Number: differs. */
    NOT_EQUALS,
    CONTAINS,
    STARTS_WITH,
    IS_SET,
    IS_NOT_SET,
    GREATER_THAN,
    AT_LEAST,
    LESS_THAN,
    AT_MOST,
    /** Number or date: between the two values, both included. */
    BETWEEN,
    /** Date: on the day given. */
    ON,
    BEFORE,
    AFTER,
    /** Date: within the last so many days. */
    IN_LAST_DAYS,
    /** Date: longer ago than so many days. */
    MORE_THAN_DAYS_AGO,
    /** Tag, consent, purchase, segment: the customer has it (any of the values). */
    IS,
    /** Tag, consent, purchase, segment: the customer has none of it. */
    IS_NOT,
    /** Event count: at least so many times. */
    COUNT_AT_LEAST,
    /** Event count: no more than so many times (zero included). */
    COUNT_AT_MOST,
    /** Event count: exactly so many times. */
    COUNT_EXACTLY
}
