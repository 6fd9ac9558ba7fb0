package app.cairn.shared;

import java.util.Objects;

/**
 * One figure on the home page, read from the database when the page opens.
 *
 * @param labelKey translation key of the figure's label
 * @param value a {@link Number} (formatted for the viewer's locale) or text shown as it is
 * @param order position on the page; lower comes first
 */
public record KeyFigure(String labelKey, Object value, int order) {

    /** Checks the figure is complete. */
    public KeyFigure {
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(value, "value");
    }
}
