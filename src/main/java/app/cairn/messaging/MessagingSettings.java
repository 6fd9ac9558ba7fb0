package app.cairn.messaging;

import app.cairn.messaging.internal.bounces.SuppressionStore;
import app.cairn.messaging.internal.delivery.Addresses;
import app.cairn.messaging.internal.delivery.SenderStore;
import app.cairn.messaging.internal.delivery.SettingsStore;
import app.cairn.messaging.internal.delivery.SmtpConnection;
import app.cairn.messaging.internal.delivery.SmtpStatus;
import app.cairn.shared.RefusedException;
import app.cairn.shared.StorableText;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins set for e-mail: the SMTP server, the sending rules (frequency cap, quiet hours), the bounce mailbox,
 * sender identities and topics; and the suppression list, which marketers keep too. A saved SMTP change reaches
 * the senders with their next batch. Stored passwords are never given back: the records carry null instead.
 */
@Service
public class MessagingSettings {

    private final SettingsStore settings;
    private final SenderStore senders;
    private final SuppressionStore suppressions;
    private final SmtpStatus smtpStatus;

    MessagingSettings(
            SettingsStore settings, SenderStore senders, SuppressionStore suppressions, SmtpStatus smtpStatus) {
        this.smtpStatus = smtpStatus;
        this.settings = settings;
        this.senders = senders;
        this.suppressions = suppressions;
    }

    /** The SMTP settings, without the password. */
    @Transactional
    public SmtpSettings smtp() {
        SmtpSettings smtp = settings.current().smtp();
        return new SmtpSettings(smtp.host(), smtp.port(), smtp.security(), smtp.username(), null, smtp.ratePerSecond());
    }

    /** Saves the SMTP settings; a null or blank password keeps the stored one. */
    @Transactional
    public void saveSmtp(SmtpSettings smtp, String by) {
        if (smtp.host() == null || smtp.host().isBlank() || !smtp.host().strip().matches("[A-Za-z0-9.:\\-\\[\\]]+")) {
            throw new RefusedException("email-settings.error.host");
        }
        requirePort(smtp.port());
        if (smtp.ratePerSecond() < 0 || smtp.ratePerSecond() > 100_000) {
            throw new RefusedException("email-settings.error.rate");
        }
        settings.saveSmtp(
                new SmtpSettings(
                        smtp.host().strip(),
                        smtp.port(),
                        smtp.security(),
                        smtp.username(),
                        smtp.password(),
                        smtp.ratePerSecond()),
                by);
    }

    /**
     * Connects to the SMTP server with the stored settings (signing in if they say so) and disconnects, sending
     * nothing. Answers the server's or the network's words when that failed, or empty when it worked.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<String> checkSmtp() {
        return SmtpConnection.check(settings.current().smtp());
    }

    /** Whether the e-mail senders last reached the SMTP server, and since when. */
    @Transactional(readOnly = true)
    public SmtpHealth smtpHealth() {
        return smtpStatus.health();
    }

    /** The sending rules. */
    @Transactional
    public SendingRules rules() {
        return settings.current().rules();
    }

    /** Saves the sending rules. Refused for a cap below 0 or a window under a day, or an unknown time zone. */
    @Transactional
    public void saveRules(SendingRules rules, String by) {
        if (rules.capMessages() < 0 || rules.capDays() < 1 || rules.capDays() > 365) {
            throw new RefusedException("email-settings.error.cap");
        }
        if ((rules.quietStart() == null) != (rules.quietEnd() == null)) {
            throw new RefusedException("email-settings.error.quiet-hours");
        }
        try {
            ZoneId.of(rules.defaultTimeZone());
        } catch (DateTimeException | NullPointerException unknown) {
            throw new RefusedException("email-settings.error.time-zone", String.valueOf(rules.defaultTimeZone()));
        }
        settings.saveRules(rules, by);
    }

    /** The bounce mailbox, without the password. */
    @Transactional
    public BounceMailbox bounceMailbox() {
        BounceMailbox box = settings.current().bounces();
        return new BounceMailbox(box.host(), box.port(), box.security(), box.username(), null, box.folder());
    }

    /** Saves the bounce mailbox (a blank host: none); a null or blank password keeps the stored one. */
    @Transactional
    public void saveBounceMailbox(BounceMailbox box, String by) {
        if (box.configured()) {
            requirePort(box.port());
        }
        settings.saveBounceMailbox(box, by);
    }

    /** The sender identities. */
    @Transactional(readOnly = true)
    public List<SenderIdentity> senders() {
        return senders.senders();
    }

    /** Adds ({@code id} null) or changes a sender identity; refused for an invalid or taken address. */
    @Transactional
    public long saveSender(Long id, String fromName, String fromAddress, String replyTo) {
        StorableText.require("email-settings.from-name", fromName);
        if (fromName == null || fromName.isBlank() || fromName.strip().length() > 100) {
            throw new RefusedException("email-settings.error.sender-name");
        }
        String address = Addresses.require(fromAddress, "email-settings.error.sender-address");
        String reply = replyTo == null || replyTo.isBlank()
                ? null
                : Addresses.require(replyTo, "email-settings.error.sender-address");
        return senders.saveSender(id, fromName.strip(), address, reply);
    }

    /** The topics customers can leave one by one. */
    @Transactional(readOnly = true)
    public List<EmailTopic> topics() {
        return senders.topics();
    }

    /** Adds ({@code id} null) or changes a topic; refused for an empty or taken name. */
    @Transactional
    public long saveTopic(Long id, String name, String description) {
        StorableText.require("email-settings.topic", name);
        StorableText.require("email-settings.topic-description", description);
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new RefusedException("email-settings.error.topic-name");
        }
        return senders.saveTopic(
                id, name.strip(), description == null || description.isBlank() ? null : description.strip());
    }

    /** A page of the suppression list, newest first, of addresses starting with {@code prefix}. */
    @Transactional(readOnly = true)
    public List<Suppression> suppressions(String prefix, int offset, int limit) {
        return suppressions.page(prefix, offset, limit);
    }

    /** How many addresses start with {@code prefix} on the suppression list. */
    @Transactional(readOnly = true)
    public long countSuppressions(String prefix) {
        return suppressions.count(prefix);
    }

    /** Puts an address on the suppression list by hand; answers false when it was already there. */
    @Transactional
    public boolean suppress(String address, String detail, String by) {
        String valid = Addresses.require(address, "suppressions.error.address");
        return suppressions.add(valid, SuppressionReason.MANUAL, detail, by);
    }

    /** Takes an address off the suppression list; answers false when it was not on it. */
    @Transactional
    public boolean unsuppress(String address) {
        return suppressions.remove(address);
    }

    private static void requirePort(int port) {
        if (port < 1 || port > 65535) {
            throw new RefusedException("email-settings.error.port");
        }
    }
}
