package app.cairn.messaging.internal.tracking;

import app.cairn.shared.UtcColumns;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs and checks the tokens in tracking, unsubscribe and preference links: the payload in base64url, a dot and
 * the first 16 bytes of its HMAC-SHA256. The kind of link and the moment it was made are part of what is signed, so
 * an open token is no unsubscribe token and a token's age cannot be changed. Each kind of link has a validity (see
 * {@link Kind}); what an expired link still does is up to its kind's handler. The key is made once per database
 * from a secure random source and shared by every node.
 *
 * <p>Tokens made before links carried their moment (a lower-case kind letter) are taken as made when the key was.
 */
@Component
public class LinkSigner {

    /** What a token opens, and for how long after it was made. */
    public enum Kind {
        /** The open pixel: opens are counted for a year. */
        OPEN('o', Duration.ofDays(365)),
        /** A tracked link: clicks are counted for a year; the link goes on leading to its address after that. */
        CLICK('c', Duration.ofDays(365)),
        /** The unsubscribe link: two years. */
        UNSUBSCRIBE('u', Duration.ofDays(730)),
        /** The preference centre, which shows the address and can give consent again: 90 days. */
        PREFERENCES('p', Duration.ofDays(90));

        private final char legacyCode;
        private final Duration validity;

        Kind(char legacyCode, Duration validity) {
            this.legacyCode = legacyCode;
            this.validity = validity;
        }

        /** How long a link of this kind is valid after it was made. */
        public Duration validity() {
            return validity;
        }

        private char code() {
            return Character.toUpperCase(legacyCode);
        }
    }

    /**
     * A genuine token's payload and whether it is still within its kind's validity.
     *
     * @param payload what was signed
     * @param made when the link was made
     * @param expired whether its kind's validity has run out
     */
    public record Signed(String payload, Instant made, boolean expired) {}

    private static final char MADE_END = '~';

    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private volatile SecretKeySpec key;
    private volatile Instant keyMade;
    /** A keyed MAC per thread: looking one up and keying it costs more than using it. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public LinkSigner(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A token for this kind of link carrying {@code payload}, made now. */
    public String sign(Kind kind, String payload) {
        String made = Long.toString(clock.instant().getEpochSecond(), Character.MAX_RADIX);
        byte[] data = (kind.code() + made + MADE_END + payload).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(data) + "." + ENCODER.encodeToString(mac(data));
    }

    /**
     * The payload of a token of this kind with its age, or empty if the token is malformed, altered or of another
     * kind.
     */
    public Optional<Signed> verify(Kind kind, String token) {
        return genuine(token).flatMap(text -> read(kind, text));
    }

    private Optional<Signed> read(Kind kind, String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Instant made;
        String payload;
        if (text.charAt(0) == kind.legacyCode) {
            key();
            made = keyMade;
            payload = text.substring(1);
        } else if (text.charAt(0) == kind.code()) {
            int end = text.indexOf(MADE_END);
            if (end < 2) {
                return Optional.empty();
            }
            try {
                made = Instant.ofEpochSecond(Long.parseLong(text.substring(1, end), Character.MAX_RADIX));
            } catch (NumberFormatException | java.time.DateTimeException unreadable) {
                return Optional.empty();
            }
            payload = text.substring(end + 1);
        } else {
            return Optional.empty();
        }
        boolean expired = clock.instant().isAfter(made.plus(kind.validity()));
        return Optional.of(new Signed(payload, made, expired));
    }

    private Optional<String> genuine(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            byte[] data = DECODER.decode(token.substring(0, dot));
            byte[] given = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(mac(data), given)) {
                return Optional.empty();
            }
            return Optional.of(new String(data, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] data) {
        return Arrays.copyOf(macs.get().doFinal(data), MAC_BYTES);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /**
     * The key, made or read in a transaction of its own: the first link checked after a start may be checked
     * inside a read-only transaction (the preference page), where the key could not be written.
     */
    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            StoredKey stored = ownTransaction.execute(status -> {
                jdbc.sql("INSERT IGNORE INTO email_signing_key (id, secret, created_at) VALUES (1, ?, ?)")
                        .params(fresh, UtcColumns.toColumn(clock.instant()))
                        .update();
                return jdbc.sql("SELECT secret, created_at FROM email_signing_key WHERE id = 1")
                        .query((row, n) -> new StoredKey(row.getBytes(1), UtcColumns.read(row, 2)))
                        .single();
            });
            keyMade = stored.made();
            current = new SecretKeySpec(stored.secret(), "HmacSHA256");
            key = current;
        }
        return current;
    }

    private record StoredKey(byte[] secret, Instant made) {}
}
