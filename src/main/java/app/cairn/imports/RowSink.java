package app.cairn.imports;

/** Takes a file's rows one by one and writes them in chunks. */
interface RowSink {

    /** Reads the row; its problems go to the run's report. */
    void add(RowValues row);

    /** Writes what is pending. */
    void flush();
}
