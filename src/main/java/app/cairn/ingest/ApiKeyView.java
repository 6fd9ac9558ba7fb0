package app.cairn.ingest;

import java.time.Instant;

/** An API key as the admin page lists it: never the key itself, only its first characters. */
public record ApiKeyView(
        long id,
        String name,
        String prefix,
        Instant createdAt,
        String createdBy,
        Instant lastUsedAt,
        Instant revokedAt) {

    /** Whether the key still opens the API. */
    public boolean active() {
        return revokedAt == null;
    }
}
