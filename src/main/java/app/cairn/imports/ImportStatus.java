package app.cairn.imports;

/** Where an import run stands. */
public enum ImportStatus {
    RUNNING,
    /** The rows were written (rows with errors left out when the settings said so). */
    IMPORTED,
    /** A check: every row was read and tried, and nothing was kept. */
    CHECKED,
    /** The file had rows with errors and the settings said to reject it: nothing was written. */
    REJECTED,
    /** The file could not be read to the end (or the run was interrupted): nothing was written. */
    FAILED;

    /** Key of the status's name in the UI translations. */
    public String labelKey() {
        return "import.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
