package app.cairn.journey.internal.engine;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The journey engine's start-up settings ({@code cairn.journeys.*}).
 *
 * @param engineCron when the engine runs due steps (each of its two clustered jobs), a Quartz cron expression
 * @param entryCron when segment entries are read
 * @param dateCron when date entries (birthdays) are read
 * @param dispatchCron when text messages and webhook calls are sent
 * @param segmentLag how far back segment entries are read again, for rebuilds whose transactions were still open
 * @param sms the text-message provider's HTTP endpoint
 */
@ConfigurationProperties("cairn.journeys")
public record JourneyProperties(
        String engineCron, String entryCron, String dateCron, String dispatchCron, Duration segmentLag, Sms sms) {

    public JourneyProperties {
        engineCron = engineCron == null ? "0/2 * * * * ?" : engineCron;
        entryCron = entryCron == null ? "0/10 * * * * ?" : entryCron;
        dateCron = dateCron == null ? "0 0/5 * * * ?" : dateCron;
        dispatchCron = dispatchCron == null ? "0/5 * * * * ?" : dispatchCron;
        segmentLag = segmentLag == null ? Duration.ofMinutes(15) : segmentLag;
        sms = sms == null ? new Sms(null, null, null) : sms;
    }

    /**
     * A text-message gateway reached by a JSON POST ({@code from}, {@code to}, {@code text}).
     *
     * @param url the endpoint; blank: text-message steps send nothing and say so
     * @param token sent as a bearer token, if set
     * @param from the sender number or name
     */
    public record Sms(String url, String token, String from) {

        /** Whether a gateway is set. */
        public boolean configured() {
            return url != null && !url.isBlank();
        }
    }
}
