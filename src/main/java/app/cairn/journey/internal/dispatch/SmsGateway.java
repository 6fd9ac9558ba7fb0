package app.cairn.journey.internal.dispatch;

import java.io.IOException;

/** Sends text messages; one implementation per provider. */
public interface SmsGateway {

    /**
     * Sends one text.
     *
     * @param key unique per message, for a provider that drops repeats
     * @throws IOException when it may be worth trying again (the provider unreachable or busy)
     * @throws IllegalArgumentException when trying again cannot help (the number refused)
     */
    public void send(String to, String text, String key) throws IOException;
}
