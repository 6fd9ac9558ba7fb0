package app.cairn.customer;

import app.cairn.shared.WriteOutcome;
import java.util.List;

/**
 * What a bulk write did, row by row, in the order of the records given.
 *
 * @param ids the customer id of each record (null for a conflict)
 * @param outcomes what happened to each record
 */
public record CustomerBatch(List<Long> ids, List<WriteOutcome> outcomes) {

    /** How many records had this outcome. */
    public long count(WriteOutcome outcome) {
        return outcomes.stream().filter(outcome::equals).count();
    }
}
