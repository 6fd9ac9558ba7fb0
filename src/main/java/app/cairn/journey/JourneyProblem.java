package app.cairn.journey;

/**
 * Why a journey cannot be published yet, shown on the step it is about.
 *
 * @param nodeId the step, or null for the journey as a whole
 * @param messageKey translation key of the explanation
 * @param argument the explanation's argument (a setting's name, say), or null
 */
public record JourneyProblem(String nodeId, String messageKey, String argument) {}
