package app.cairn.shared;

import java.util.Objects;

/**
 * One figure on the home page, read from the database when the page opens.
 *
 * @param labelKey translation key of the figure's label
 * @param value a {@link Number} (formatted for the viewer's locale) or text shown as it is
 * @param order position on the page; lower comes first
 * @param page which page shows it: the home page's headline figures, or the admins' operations page
 */
public record KeyFigure(String labelKey, Object value, int order, Page page) {

    /** The page a figure is shown on. */
    public enum Page {
        /** The home page every staff member lands on: the shop's figures. */
        HOME,
        /** The admins' operations page: the system's figures. */
        OPERATIONS
    }

    /** Checks the figure is complete. */
    public KeyFigure {
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(page, "page");
    }

    /** A figure for the home page. */
    public KeyFigure(String labelKey, Object value, int order) {
        this(labelKey, value, order, Page.HOME);
    }
}
