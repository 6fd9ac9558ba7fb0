package app.cairn.messaging.internal.delivery;

import app.cairn.shared.RefusedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Checks e-mail addresses that staff type in. */
public final class Addresses {

    private Addresses() {}

    /** The address, trimmed, if it is a single valid address; otherwise refused with {@code messageKey}. */
    public static String require(String address, String messageKey) {
        String value = address == null ? "" : address.strip();
        try {
            InternetAddress parsed = new InternetAddress(value, true);
            parsed.validate();
            if (!value.equals(parsed.getAddress()) || !value.contains("@")) {
                throw new RefusedException(messageKey, value);
            }
            return value;
        } catch (AddressException invalid) {
            throw new RefusedException(messageKey, value);
        }
    }
}
