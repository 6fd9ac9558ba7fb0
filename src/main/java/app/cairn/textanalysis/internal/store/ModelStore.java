package app.cairn.textanalysis.internal.store;

import app.cairn.shared.UtcColumns;
import app.cairn.textanalysis.ModelFigures;
import app.cairn.textanalysis.ModelTask;
import app.cairn.textanalysis.ModelVersion;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The model versions in {@code text_model}: their figures, their serialised weights, and which one is active. */
@Component
public class ModelStore {

    private static final String COLUMNS = "id, task, version, origin, status, created_at, training_texts, test_texts,"
            + " accuracy, macro_f1, compared_with, note";

    private static final RowMapper<ModelVersion> VERSION = (rs, n) -> new ModelVersion(
            rs.getLong(1),
            ModelTask.valueOf(rs.getString(2)),
            rs.getInt(3),
            ModelVersion.Origin.valueOf(rs.getString(4)),
            ModelVersion.Status.valueOf(rs.getString(5)),
            UtcColumns.read(rs, 6),
            rs.getInt(7),
            rs.getInt(8),
            (Double) rs.getObject(9, Double.class),
            (Double) rs.getObject(10, Double.class),
            (Double) rs.getObject(11, Double.class),
            rs.getString(12));

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public ModelStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A version to store.
     *
     * @param origin starter or retrained
     * @param status the status it is stored with
     * @param trainingTexts texts trained on
     * @param testTexts texts measured on
     * @param accuracy accuracy on them, or null
     * @param macroF1 macro-F1 on them, or null
     * @param comparedWith the active model's accuracy on the same texts, or null
     * @param figures label figures and confusion matrix
     * @param note what it was trained on or why it was refused
     * @param model the serialised model
     */
    public record NewVersion(
            ModelVersion.Origin origin,
            ModelVersion.Status status,
            int trainingTexts,
            int testTexts,
            Double accuracy,
            Double macroF1,
            Double comparedWith,
            ModelFigures figures,
            String note,
            byte[] model) {}

    public List<ModelVersion> versions(ModelTask task) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM text_model WHERE task = ? ORDER BY version DESC")
                .param(task.name())
                .query(VERSION)
                .list();
    }

    public Optional<ModelVersion> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM text_model WHERE id = ?")
                .param(id)
                .query(VERSION)
                .optional();
    }

    public Optional<ModelVersion> active(ModelTask task) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM text_model WHERE task = ? AND status = 'ACTIVE'")
                .param(task.name())
                .query(VERSION)
                .optional();
    }

    /** The id of the task's active version, read without its weights (cheap enough to poll). */
    public Optional<Long> activeId(ModelTask task) {
        return jdbc.sql("SELECT id FROM text_model WHERE task = ? AND status = 'ACTIVE'")
                .param(task.name())
                .query(Long.class)
                .optional();
    }

    public byte[] weights(long id) {
        return jdbc.sql("SELECT model FROM text_model WHERE id = ?")
                .param(id)
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }

    public Optional<ModelFigures> figures(long id) {
        return jdbc.sql("SELECT figures FROM text_model WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .map(text -> json.readValue(text, ModelFigures.class));
    }

    /**
     * Stores a version under the task's next number, in a transaction of its own (a version is kept whatever becomes
     * of the work that trained it); an active one replaces the task's active one.
     *
     * @throws org.springframework.dao.DuplicateKeyException when another node stored the same number first
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public ModelVersion add(ModelTask task, NewVersion version, Instant at) {
        // the lock on the task's rows makes concurrent retrainings take numbers one after the other
        List<Integer> numbers = jdbc.sql("SELECT version FROM text_model WHERE task = ? FOR UPDATE")
                .param(task.name())
                .query(Integer.class)
                .list();
        int number = numbers.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        if (version.status() == ModelVersion.Status.ACTIVE) {
            jdbc.sql("UPDATE text_model SET status = 'KEPT' WHERE task = ? AND status = 'ACTIVE'")
                    .param(task.name())
                    .update();
        }
        jdbc.sql("""
                        INSERT INTO text_model (task, version, origin, status, created_at, training_texts, test_texts,
                            accuracy, macro_f1, compared_with, figures, note, model)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        task.name(),
                        number,
                        version.origin().name(),
                        version.status().name(),
                        UtcColumns.toColumn(at),
                        version.trainingTexts(),
                        version.testTexts(),
                        version.accuracy(),
                        version.macroF1(),
                        version.comparedWith(),
                        json.writeValueAsString(version.figures()),
                        version.note(),
                        version.model())
                .update();
        return jdbc.sql("SELECT " + COLUMNS + " FROM text_model WHERE task = ? AND version = ?")
                .params(task.name(), number)
                .query(VERSION)
                .single();
    }

    /** Makes the version the task's active one; false when it does not exist or was refused. */
    @Transactional
    public boolean activate(long id) {
        Optional<ModelVersion> version = find(id);
        if (version.isEmpty() || version.get().status() == ModelVersion.Status.REFUSED) {
            return false;
        }
        jdbc.sql("UPDATE text_model SET status = 'KEPT' WHERE task = ? AND status = 'ACTIVE'")
                .param(version.get().task().name())
                .update();
        jdbc.sql("UPDATE text_model SET status = 'ACTIVE' WHERE id = ?")
                .param(id)
                .update();
        return true;
    }
}
