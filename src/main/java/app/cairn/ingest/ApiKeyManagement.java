package app.cairn.ingest;

import app.cairn.shared.RefusedException;
import app.cairn.shared.StorableText;
import app.cairn.shared.UtcColumns;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, lists and revokes API keys. A key is 40 random characters after {@code cairn_}; only its SHA-256 hash is
 * stored (a fast hash is right here: the key is random and long, unlike a password).
 */
@Service
@Transactional
public class ApiKeyManagement {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String PREFIX = "cairn_";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiKeyManagement(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Creates a key.
     *
     * @throws RefusedException when the name is blank or longer than 100 characters
     */
    public NewApiKey create(String name, String createdBy) {
        StorableText.require("apikeys.name", name);
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new RefusedException("apikeys.error.name");
        }
        StringBuilder secret = new StringBuilder(PREFIX);
        for (int i = 0; i < 40; i++) {
            secret.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        String key = secret.toString();
        GeneratedKeyHolder id = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO api_key (name, prefix, key_hash, created_at, created_by)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(name.strip(), key.substring(0, 12), hash(key), UtcColumns.toColumn(clock.instant()), createdBy)
                .update(id);
        return new NewApiKey(find(id.getKey().longValue()).orElseThrow(), key);
    }

    /** Revokes a key: requests with it are refused from now on. */
    public void revoke(long id, String revokedBy) {
        jdbc.sql("UPDATE api_key SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
                .params(UtcColumns.toColumn(clock.instant()), revokedBy, id)
                .update();
    }

    /** Every key, newest first. */
    @Transactional(readOnly = true)
    public List<ApiKeyView> list() {
        return jdbc.sql(SELECT + " ORDER BY created_at DESC, id DESC")
                .query(ApiKeyManagement::row)
                .list();
    }

    /** The id of the active key with this secret, recording its use; empty for an unknown or revoked key. */
    Optional<Long> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<Long> id = jdbc.sql("SELECT id FROM api_key WHERE key_hash = ? AND revoked_at IS NULL")
                .param(hash(secret))
                .query(Long.class)
                .optional();
        // at most one write a minute per key, not one per request: busy shops call many times a second
        var now = clock.instant();
        id.ifPresent(keyId -> jdbc.sql(
                        "UPDATE api_key SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)")
                .params(UtcColumns.toColumn(now), keyId, UtcColumns.toColumn(now.minusSeconds(60)))
                .update());
        return id;
    }

    private Optional<ApiKeyView> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?")
                .param(id)
                .query(ApiKeyManagement::row)
                .optional();
    }

    private static final String SELECT =
            "SELECT id, name, prefix, created_at, created_by, last_used_at, revoked_at FROM api_key";

    private static ApiKeyView row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ApiKeyView(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                UtcColumns.read(rs, 4),
                rs.getString(5),
                UtcColumns.read(rs, 6),
                UtcColumns.read(rs, 7));
    }

    static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
