package app.cairn.imports;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.LongSupplier;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and checks a file's rows on a thread of its own, a few batches ahead of the thread that writes them, so
 * that parsing, checking and normalising overlap with the database's work. The batches waiting are bounded, so
 * memory does not grow with the file. A failure to read the file reaches the writing thread after the rows read
 * before it, in the file's order.
 *
 * @param <T> what the sink makes of a row
 */
final class ReadAhead<T> implements AutoCloseable {

    static final int BATCH = 500;
    private static final int BATCHES_AHEAD = 8;

    /** Rows read, the bytes of the file read so far, and how reading ended when it did. */
    record Batch<T>(List<ReadRow<T>> rows, long bytesRead, boolean last, RuntimeException failure) {}

    private final BlockingQueue<Batch<T>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread thread;

    /**
     * Starts reading.
     *
     * @param records the file's records after the header
     * @param row the reader of values, used by the reading thread only from now on
     * @param bytesRead how many bytes of the file have been read
     */
    ReadAhead(Iterator<CSVRecord> records, RowValues row, RowSink<T> sink, LongSupplier bytesRead, String name) {
        this.thread = Thread.ofPlatform().name(name).daemon().start(() -> read(records, row, sink, bytesRead));
    }

    /** The next batch, waiting for it if need be; the last one says so. */
    Batch<T> next() throws InterruptedException {
        return queue.take();
    }

    private void read(Iterator<CSVRecord> records, RowValues row, RowSink<T> sink, LongSupplier bytesRead) {
        List<ReadRow<T>> rows = new ArrayList<>(BATCH);
        try {
            while (records.hasNext()) {
                rows.add(row.next(records.next()) ? sink.read(row) : ReadRow.unreadable(row));
                if (rows.size() == BATCH) {
                    queue.put(new Batch<>(rows, bytesRead.getAsLong(), false, null));
                    rows = new ArrayList<>(BATCH);
                }
            }
            queue.put(new Batch<>(rows, bytesRead.getAsLong(), true, null));
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt(); // the writing side gave up: nobody waits for more
        } catch (RuntimeException | Error failed) {
            RuntimeException failure = failed instanceof RuntimeException r
                    ? r
                    : new IllegalStateException("Reading the file failed", failed);
            try {
                queue.put(new Batch<>(rows, bytesRead.getAsLong(), true, failure));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stops reading, if it has not ended, and waits for the reading thread to finish. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
