package app.cairn.journey.internal.dispatch;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature on a webhook call, in the header {@code Cairn-Signature: t=<unix seconds>,v1=<hex>}: HMAC-SHA256
 * with the step's secret over {@code <t>.<body>}. The receiver computes the same and compares, and refuses calls
 * whose time is far from its own, so a recorded call cannot be replayed later.
 */
public final class WebhookSignature {

    public static final String HEADER = "Cairn-Signature";

    private WebhookSignature() {}

    public static String header(String secret, long epochSeconds, String body) {
        return "t=" + epochSeconds + ",v1=" + hmac(secret, epochSeconds + "." + body);
    }

    public static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("HmacSHA256 is not available", missing);
        }
    }
}
