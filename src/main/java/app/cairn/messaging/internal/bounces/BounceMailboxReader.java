package app.cairn.messaging.internal.bounces;

import app.cairn.messaging.BounceMailbox;
import app.cairn.messaging.MailSecurity;
import app.cairn.messaging.MessageStatus;
import app.cairn.messaging.SuppressionReason;
import app.cairn.messaging.internal.delivery.Outbox;
import app.cairn.messaging.internal.delivery.SettingsStore;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the bounce mailbox over IMAP: each unread message that reports a permanent failure of a Cairn message
 * bounces that message and suppresses its address, and is then deleted; a delay notice (4.x.x) is deleted
 * without a change; anything else is left, marked read, for a person to look at.
 */
@Component
public class BounceMailboxReader {

    private static final Logger log = LoggerFactory.getLogger(BounceMailboxReader.class);
    private static final String TIMEOUT_MS = "30000";

    private final SettingsStore settings;
    private final Outbox outbox;
    private final SuppressionStore suppressions;
    private final Clock clock;

    public BounceMailboxReader(SettingsStore settings, Outbox outbox, SuppressionStore suppressions, Clock clock) {
        this.settings = settings;
        this.outbox = outbox;
        this.suppressions = suppressions;
        this.clock = clock;
    }

    /** Reads the unread messages once; answers how many bounces it recorded (0 when no mailbox is set up). */
    public int read() throws MessagingException {
        BounceMailbox box = settings.current().bounces();
        if (!box.configured()) {
            return 0;
        }
        String protocol = box.security() == MailSecurity.TLS ? "imaps" : "imap";
        Properties props = new Properties();
        props.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MS);
        props.put("mail." + protocol + ".timeout", TIMEOUT_MS);
        if (box.security() == MailSecurity.STARTTLS) {
            props.put("mail.imap.starttls.enable", "true");
            props.put("mail.imap.starttls.required", "true");
        }
        int bounced = 0;
        Store store = Session.getInstance(props).getStore(protocol);
        store.connect(box.host(), box.port(), box.username(), box.password());
        try (store) {
            Folder folder = store.getFolder(box.folder());
            folder.open(Folder.READ_WRITE);
            try {
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    bounced += handle(message);
                }
            } finally {
                folder.close(true);
            }
        }
        return bounced;
    }

    private int handle(Message message) throws MessagingException {
        Optional<BounceParser.Bounce> bounce;
        try {
            bounce = BounceParser.parse(message);
        } catch (IOException | MessagingException unreadable) {
            log.warn("A message in the bounce mailbox could not be read; it is left there", unreadable);
            message.setFlag(Flags.Flag.SEEN, true);
            return 0;
        }
        if (bounce.isEmpty()) {
            message.setFlag(Flags.Flag.SEEN, true);
            return 0;
        }
        message.setFlag(Flags.Flag.DELETED, true);
        return bounce.get().permanent() && record(bounce.get()) ? 1 : 0;
    }

    private boolean record(BounceParser.Bounce bounce) {
        Optional<Outbox.Addressee> sent = outbox.addressee(bounce.messageId());
        if (sent.isEmpty()) {
            return false;
        }
        String address = sent.get().address();
        String detail = "bounce " + bounce.status();
        outbox.finish(bounce.messageId(), MessageStatus.BOUNCED, detail);
        suppressions.add(address, SuppressionReason.BOUNCE, detail, null);
        return true;
    }
}
