package app.cairn.ingest;

import app.cairn.shared.UtcColumns;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a request at most once per {@code Idempotency-Key} and API key: the work and the stored answer commit together,
 * and the same key with the same body gets the stored answer again. The same key with another body is refused.
 */
@Component
class IdempotentRequests {

    /** A stored or fresh answer: HTTP status and JSON body. */
    record Answer(int status, String body) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;

    IdempotentRequests(JdbcClient jdbc, TransactionTemplate transaction, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    Answer run(long apiKeyId, String idempotencyKey, Object request, Supplier<IngestRequests.Result> work) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return transaction.execute(status -> answer(work.get()));
        }
        if (idempotencyKey.length() > 100) {
            throw new ApiProblem(
                    400,
                    "Idempotency-Key is too long.",
                    List.of(new FieldError("Idempotency-Key", "too-long", "Use at most 100 characters.")));
        }
        String requestHash = ApiKeyManagement.hash(json.writeValueAsString(request));
        try {
            return transaction.execute(
                    status -> stored(apiKeyId, idempotencyKey, requestHash).orElseGet(() -> {
                        Answer answer = answer(work.get());
                        jdbc.sql("""
                                INSERT INTO api_idempotency (api_key_id, idempotency_key, request_hash, status, response, created_at)
                                VALUES (?, ?, ?, ?, ?, ?)""")
                                .params(
                                        apiKeyId,
                                        idempotencyKey,
                                        requestHash,
                                        answer.status(),
                                        answer.body(),
                                        UtcColumns.toColumn(clock.instant()))
                                .update();
                        return answer;
                    }));
        } catch (DuplicateKeyException concurrentTwin) {
            return stored(apiKeyId, idempotencyKey, requestHash).orElseThrow(() -> concurrentTwin);
        }
    }

    private java.util.Optional<Answer> stored(long apiKeyId, String idempotencyKey, String requestHash) {
        return jdbc.sql("""
                        SELECT request_hash, status, response FROM api_idempotency
                        WHERE api_key_id = ? AND idempotency_key = ?""")
                .params(apiKeyId, idempotencyKey)
                .query((rs, row) -> {
                    if (!rs.getString(1).equals(requestHash)) {
                        throw new ApiProblem(
                                422,
                                "This Idempotency-Key was used for a different request.",
                                List.of(new FieldError(
                                        "Idempotency-Key", "reused", "Use a new key for a new request.")));
                    }
                    return new Answer(rs.getInt(2), rs.getString(3));
                })
                .optional();
    }

    private Answer answer(IngestRequests.Result result) {
        return new Answer(result.created() ? 201 : 200, json.writeValueAsString(result));
    }
}
