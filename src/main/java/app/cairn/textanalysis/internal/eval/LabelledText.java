package app.cairn.textanalysis.internal.eval;

/**
 * A text with the label a person gave it.
 *
 * @param text the text
 * @param label its label
 */
public record LabelledText(String text, String label) {}
