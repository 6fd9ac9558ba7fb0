package app.cairn.shared;

import java.util.List;

/**
 * Implemented by a module that has figures for the home page. The home page asks every such bean when
 * it opens, so modules add figures without the page knowing them.
 */
public interface KeyFigureSource {

    /** The module's current figures, read from the database. */
    List<KeyFigure> keyFigures();
}
