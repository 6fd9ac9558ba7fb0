package app.cairn.imports;

/** What an import does when some rows have errors. */
public enum ErrorPolicy {
    /** Nothing of the file is written; the report lists every problem. */
    REJECT_FILE,
    /** The good rows are written; the rows with errors are left out and listed in the report. */
    SKIP_ROWS
}
