package app.cairn.customer;

import app.cairn.shared.jdbc.StreamingReads;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Finds pairs of live customers that may be one person, in three passes that each read the customers sorted by
 * one key and compare a row only with its neighbours (blocking), never all pairs:
 *
 * <ol>
 *   <li>the same e-mail key ({@code live_email_key}: "+tags" and Gmail dots ignored);
 *   <li>the same phone number;
 *   <li>within one block of country, city and birthday, names alike by Jaro-Winkler (at least
 *       {@value #NAME_THRESHOLD}) among the {@value #WINDOW} rows before in name order. Name and city alone are
 *       too common to suggest a duplicate, so this pass needs a birthday.
 * </ol>
 *
 * The keys have no index: the server sorts them for each pass (seconds at a million customers), so that imports
 * and edits do not maintain three indexes for a nightly job. Rows are streamed from the server, so memory holds
 * the pairs found and not the customers. A key shared by more
 * than {@value #MAX_GROUP} customers (a shop's own phone number, say) says nothing about any two of them and is
 * left out.
 */
@Component
class DuplicateScanner {

    static final int WINDOW = 8;
    static final double NAME_THRESHOLD = 0.9;
    static final int MAX_GROUP = 50;
    private static final int PROGRESS_EVERY = 50_000;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s.'-]+");

    private final JdbcTemplate streaming;
    private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();

    DuplicateScanner(DataSource dataSource) {
        // the connection is busy until the last row, so the scan runs outside any transaction
        this.streaming = StreamingReads.template(dataSource);
    }

    /**
     * Runs the three passes.
     *
     * @param progress told the number of rows read so far, now and then
     */
    FoundPairs scan(int limit, LongConsumer progress) {
        FoundPairs pairs = new FoundPairs(limit);
        long[] read = {0};
        LongConsumer counter = rows -> {
            read[0] += rows;
            progress.accept(read[0]);
        };
        sameKey(
                "SELECT live_email_key, id FROM customer WHERE live_email_key IS NOT NULL ORDER BY live_email_key",
                DuplicateReason.EMAIL,
                pairs,
                counter);
        sameKey(
                "SELECT live_phone, id FROM customer WHERE live_phone IS NOT NULL ORDER BY live_phone",
                DuplicateReason.PHONE,
                pairs,
                counter);
        alikeNames(pairs, counter);
        return pairs;
    }

    private void sameKey(String sql, DuplicateReason reason, FoundPairs pairs, LongConsumer read) {
        List<Long> group = new ArrayList<>();
        String[] key = {null};
        long[] rows = {0};
        streaming.query(sql, (RowCallbackHandler) rs -> {
            // the server orders by its collation, which ignores case and accents: group the same way
            String value = plain(rs.getString(1));
            if (!value.equals(key[0])) {
                pairUp(group, reason, pairs);
                group.clear();
                key[0] = value;
            }
            group.add(rs.getLong(2));
            if (++rows[0] % PROGRESS_EVERY == 0) {
                read.accept(PROGRESS_EVERY);
            }
        });
        pairUp(group, reason, pairs);
        read.accept(rows[0] % PROGRESS_EVERY);
    }

    /** Each member with the first: enough to review and merge them all, without a pair for every two. */
    private static void pairUp(List<Long> group, DuplicateReason reason, FoundPairs pairs) {
        if (group.size() < 2 || group.size() > MAX_GROUP) {
            return;
        }
        for (int i = 1; i < group.size(); i++) {
            pairs.add(group.getFirst(), group.get(i), reason, reason.weight());
        }
    }

    private record Named(long id, String block, String name) {}

    private void alikeNames(FoundPairs pairs, LongConsumer read) {
        Deque<Named> window = new ArrayDeque<>(WINDOW);
        long[] rows = {0};
        streaming.query("""
                SELECT id, country, city, birthday, last_name, first_name
                FROM customer
                WHERE merged_into_id IS NULL AND birthday IS NOT NULL AND last_name IS NOT NULL
                ORDER BY country, city, birthday, last_name, first_name""", (RowCallbackHandler) rs -> {
            Named row = named(rs);
            if (!window.isEmpty() && !window.peekLast().block().equals(row.block())) {
                window.clear();
            }
            for (Named before : window) {
                double alike = similarity.apply(before.name(), row.name());
                if (alike >= NAME_THRESHOLD) {
                    pairs.add(
                            before.id(),
                            row.id(),
                            DuplicateReason.NAME_PLACE,
                            DuplicateReason.NAME_PLACE.weight() * alike);
                }
            }
            if (window.size() == WINDOW) {
                window.removeFirst();
            }
            window.addLast(row);
            if (++rows[0] % PROGRESS_EVERY == 0) {
                read.accept(PROGRESS_EVERY);
            }
        });
        read.accept(rows[0] % PROGRESS_EVERY);
    }

    private static Named named(ResultSet rs) throws SQLException {
        String block = rs.getString(2) + "|" + fold(rs.getString(3)) + "|" + rs.getString(4);
        String name = fold(Objects.toString(rs.getString(6), "") + " " + rs.getString(5));
        return new Named(rs.getLong(1), block, name);
    }

    /** Lower case without accents or punctuation, so "Müller" and "muller" compare equal. */
    static String fold(String text) {
        return text == null ? "" : SPACES.matcher(plain(text)).replaceAll(" ").strip();
    }

    /** Lower case without accents. */
    private static String plain(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }
}
