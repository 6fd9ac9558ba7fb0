package app.cairn.messaging.internal.tracking;

import app.cairn.shared.UtcColumns;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
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
 * the first 16 bytes of its HMAC-SHA256. The kind of link is part of what is signed, so an open token is no
 * unsubscribe token. The key is made once per database from a secure random source and shared by every node.
 */
@Component
public class LinkSigner {

    /** What a token opens. */
    public enum Kind {
        OPEN('o'),
        CLICK('c'),
        UNSUBSCRIBE('u'),
        PREFERENCES('p');

        private final char code;

        Kind(char code) {
            this.code = code;
        }
    }

    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private volatile SecretKeySpec key;
    /** A keyed MAC per thread: looking one up and keying it costs more than using it. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public LinkSigner(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A token for this kind of link carrying {@code payload}. */
    public String sign(Kind kind, String payload) {
        byte[] data = (kind.code + payload).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(data) + "." + ENCODER.encodeToString(mac(data));
    }

    /** The payload of a token of this kind, or empty if the token is malformed, altered or of another kind. */
    public Optional<String> verify(Kind kind, String token) {
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
            String text = new String(data, StandardCharsets.UTF_8);
            return text.isEmpty() || text.charAt(0) != kind.code ? Optional.empty() : Optional.of(text.substring(1));
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
            byte[] stored = ownTransaction.execute(status -> {
                jdbc.sql("INSERT IGNORE INTO email_signing_key (id, secret, created_at) VALUES (1, ?, ?)")
                        .params(fresh, UtcColumns.toColumn(clock.instant()))
                        .update();
                return jdbc.sql("SELECT secret FROM email_signing_key WHERE id = 1")
                        .query(byte[].class)
                        .single();
            });
            current = new SecretKeySpec(stored, "HmacSHA256");
            key = current;
        }
        return current;
    }
}
