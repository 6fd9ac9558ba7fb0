package app.cairn.messaging;

import java.time.Instant;

/** An address on the suppression list, why and since when. {@code createdBy} is null when Cairn added it. */
public record Suppression(
        String address, SuppressionReason reason, String detail, Instant createdAt, String createdBy) {}
