package app.cairn.imports;

/** Where an import run stands. */
public enum ImportStatus {
    RUNNING,
    /** Every row was written. */
    IMPORTED,
    /** The rows without errors were written; the rows with errors were left out, as the settings said. */
    PARTIAL,
    /** A check: every row was read and tried, and nothing was kept. */
    CHECKED,
    /** The file had rows with errors and the settings said to reject it: nothing was written. */
    REJECTED,
    /** The file could not be read to the end (or the run was interrupted): nothing was written. */
    FAILED;

    /** Whether rows were written. */
    public boolean wrote() {
        return this == IMPORTED || this == PARTIAL;
    }

    /** Key of the status's name in the UI translations. */
    public String labelKey() {
        return "import.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
