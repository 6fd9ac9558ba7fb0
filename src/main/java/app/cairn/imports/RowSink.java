package app.cairn.imports;

/**
 * Takes a file's rows one by one and writes them in chunks. Reading runs ahead of writing on a thread of its own
 * ({@link ReadAhead}), so {@link #read} must not touch the database or the run's state.
 *
 * @param <T> what the sink makes of a row
 */
interface RowSink<T> {

    /** Reads and checks the row; called on the reading thread. */
    ReadRow<T> read(RowValues row);

    /** Takes a row read before: its problems go to the run's report, its value to the next chunk. */
    void add(ReadRow<T> row);

    /** Writes what is pending. */
    void flush();
}
