package app.cairn.ingest;

/** One field of a request that was refused, and why, for {@code application/problem+json} bodies. */
record FieldError(String field, String code, String message) {}
