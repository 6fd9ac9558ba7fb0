package app.cairn.imports;

import app.cairn.shared.UtcColumns;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Saved settings, found again by the kind of file and its header (names in any case and spacing). */
@Component
class ImportMappings {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    ImportMappings(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    Optional<ImportSettings> find(ImportKind kind, List<String> header) {
        return jdbc.sql("SELECT settings FROM import_mapping WHERE kind = ? AND header_signature = ?")
                .params(kind.name(), signature(header))
                .query(String.class)
                .optional()
                .map(text -> json.readValue(text, ImportSettings.class));
    }

    void save(String name, List<String> header, ImportSettings settings, String by) {
        var now = UtcColumns.toColumn(clock.instant());
        jdbc.sql("""
                        INSERT INTO import_mapping (kind, header_signature, name, settings, updated_at, updated_by)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE name = VALUES(name), settings = VALUES(settings),
                            updated_at = VALUES(updated_at), updated_by = VALUES(updated_by)""")
                .params(settings.kind().name(), signature(header), name, json.writeValueAsString(settings), now, by)
                .update();
    }

    static String signature(List<String> header) {
        String joined = String.join(
                "\u001f",
                header.stream()
                        .map(h -> h.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))
                        .toList());
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
