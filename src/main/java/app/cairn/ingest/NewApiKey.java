package app.cairn.ingest;

/**
 * A key just created: {@code secret} is shown to the admin this once and never stored.
 */
public record NewApiKey(ApiKeyView key, String secret) {}
