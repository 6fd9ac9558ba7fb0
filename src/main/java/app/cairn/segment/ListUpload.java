package app.cairn.segment;

import java.util.List;

/**
 * What came of adding a file's customers to a static segment.
 *
 * @param rows the rows read (a header not counted)
 * @param added customers who entered the segment
 * @param alreadyMembers customers who were members already
 * @param notFound rows naming no live customer
 * @param problems the first of the rows not found, each as line number and value, in file order
 * @param members the segment's members now
 */
public record ListUpload(
        long rows, long added, long alreadyMembers, long notFound, List<ListProblem> problems, long members) {

    /**
     * A row that named no customer.
     *
     * @param line the line in the file, from 1
     * @param value what it held
     */
    public record ListProblem(long line, String value) {}
}
