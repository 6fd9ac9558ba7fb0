package app.cairn.messaging;

import java.time.Instant;

/**
 * Whether the e-mail senders last reached the SMTP server.
 *
 * @param known false until a sender has tried since the status was first kept
 * @param detail the server's or the network's words when it could not be reached
 * @param since when it became so
 */
public record SmtpHealth(boolean known, boolean reachable, String detail, Instant since) {}
