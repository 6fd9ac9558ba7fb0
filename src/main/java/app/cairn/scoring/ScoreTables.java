package app.cairn.scoring;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import org.jooq.Field;
import org.jooq.Table;

/**
 * The scores as other modules' SQL may read them (segment rules on the RFM cell and the cluster): the one table,
 * aliased {@code q}, and its columns. A change to the scoring tables is made here, not in the readers.
 */
public final class ScoreTables {

    /** The customers' current scores, one row per customer with orders, as {@code q}. */
    public static final Table<?> SCORES = table(name("customer_rfm")).as("q");

    /** The customer a row scores. */
    public static final Field<Long> CUSTOMER_ID = field(name("q", "customer_id"), Long.class);

    /** The named R×F cell, a {@link RfmSegment} name. */
    public static final Field<String> RFM_SEGMENT = field(name("q", "rfm_segment"), String.class);

    /** The cluster number of the last clustering; null after a scoring until the next clustering. */
    public static final Field<Integer> CLUSTER = field(name("q", "cluster"), Integer.class);

    private ScoreTables() {}
}
