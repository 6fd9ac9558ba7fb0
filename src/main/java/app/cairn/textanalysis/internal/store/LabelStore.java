package app.cairn.textanalysis.internal.store;

import app.cairn.shared.UtcColumns;
import app.cairn.textanalysis.ModelTask;
import app.cairn.textanalysis.internal.eval.LabelledText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The labels people gave texts, in {@code text_label}: one per task and text (the same text labelled again keeps the
 * latest label, so a correction of a correction counts once).
 */
@Component
public class LabelStore {

    /** The longest text kept as a label; longer ones are cut (the models read the start of a text most). */
    public static final int MAX_TEXT = 10_000;

    private final JdbcClient jdbc;

    public LabelStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void put(ModelTask task, String text, String label, String source, String reference, Instant at) {
        String kept = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        jdbc.sql("""
                        INSERT INTO text_label (task, text_hash, text, label, source, reference, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE label = VALUES(label), source = VALUES(source),
                            reference = VALUES(reference), created_at = VALUES(created_at)""")
                .params(task.name(), hash(kept), kept, label, source, reference, UtcColumns.toColumn(at))
                .update();
    }

    /** Every label of the task, oldest first. */
    public List<LabelledText> all(ModelTask task) {
        return jdbc.sql("SELECT text, label FROM text_label WHERE task = ? ORDER BY id")
                .param(task.name())
                .query((rs, n) -> new LabelledText(rs.getString(1), rs.getString(2)))
                .list();
    }

    public long count(ModelTask task) {
        return jdbc.sql("SELECT COUNT(*) FROM text_label WHERE task = ?")
                .param(task.name())
                .query(Long.class)
                .single();
    }

    /** The SHA-256 of the text, trimmed and lower-cased, as the key that makes a text's label unique. */
    static byte[] hash(String text) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(text.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
