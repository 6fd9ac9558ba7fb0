package app.cairn.journey;

/** A connection from one step's output to the step a customer goes to next. */
public record JourneyEdge(String from, String output, String to) {}
