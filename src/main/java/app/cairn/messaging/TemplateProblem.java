package app.cairn.messaging;

/**
 * A syntax error in a template, where it is.
 *
 * @param part which part of the template: {@code subject}, {@code preheader} or {@code body}
 * @param line the line within that part, from 1; 0 when the engine could not tell
 * @param message the template engine's own description of the error
 */
public record TemplateProblem(String part, int line, String message) {}
