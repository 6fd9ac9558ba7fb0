package app.cairn.support.internal.mail;

import app.cairn.messaging.MailSecurity;
import app.cairn.support.SupportMailbox;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads a mailbox over IMAP: every message after the last UID taken in (all of them again when the folder's
 * UIDVALIDITY changed; the Message-ID keeps them from being taken twice), each in a transaction of its own, the
 * UID kept after each. Messages are left on the server, untouched.
 */
@Component
public class ImapReader {

    private static final Logger log = LoggerFactory.getLogger(ImapReader.class);
    private static final String TIMEOUT_MS = "30000";
    /** Messages read per batch from the server. */
    private static final int BATCH = 200;

    /** How many messages are read between two notes of how far the mailbox was read. */
    private static final int PROGRESS_EVERY = 50;

    /** How much mail is fetched with one IMAP command. */
    private static final long PREFETCH_BYTES = 8L * 1024 * 1024;

    private final MailboxStore mailboxes;
    private final MailIntake intake;
    private final Clock clock;

    public ImapReader(MailboxStore mailboxes, MailIntake intake, Clock clock) {
        this.mailboxes = mailboxes;
        this.intake = intake;
        this.clock = clock;
    }

    /** Reads the mailbox once; answers how many new messages it took in. Failures are kept on the mailbox. */
    public int read(SupportMailbox box, Set<String> ownAddresses) {
        try {
            int taken = fetch(box, ownAddresses);
            mailboxes.read(box.id(), clock.instant(), null);
            return taken;
        } catch (MessagingException | IOException | RuntimeException failed) {
            log.warn("Support mailbox {} could not be read: {}", box.address(), failed.getMessage());
            mailboxes.read(box.id(), clock.instant(), failed.getClass().getSimpleName() + ": " + failed.getMessage());
            return 0;
        }
    }

    /**
     * Fetches the messages whole, many per IMAP command (up to {@link #PREFETCH_BYTES} at a time), rather than one
     * command per message: a server answers one command for a hundred small messages about as fast as one for a
     * single message. A message larger than that is fetched on its own when it is read.
     */
    private static void prefetch(IMAPFolder folder, Message[] messages) throws MessagingException {
        FetchProfile whole = new FetchProfile();
        whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
        List<Message> chunk = new ArrayList<>();
        long bytes = 0;
        for (Message message : messages) {
            int size = Math.max(0, message.getSize());
            if (size > PREFETCH_BYTES) {
                continue;
            }
            if (bytes + size > PREFETCH_BYTES) {
                folder.fetch(chunk.toArray(Message[]::new), whole);
                chunk.clear();
                bytes = 0;
            }
            chunk.add(message);
            bytes += size;
        }
        if (!chunk.isEmpty()) {
            folder.fetch(chunk.toArray(Message[]::new), whole);
        }
    }

    private int fetch(SupportMailbox box, Set<String> ownAddresses) throws MessagingException, IOException {
        String protocol = box.security() == MailSecurity.TLS ? "imaps" : "imap";
        Properties props = new Properties();
        props.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MS);
        props.put("mail." + protocol + ".timeout", TIMEOUT_MS);
        // each message is taken in whole: one FETCH, rather than one per 16 KB (a 50 MB message would take minutes)
        props.put("mail." + protocol + ".partialfetch", "false");
        if (box.security() == MailSecurity.STARTTLS) {
            props.put("mail.imap.starttls.enable", "true");
            props.put("mail.imap.starttls.required", "true");
        }
        Store store = Session.getInstance(props).getStore(protocol);
        store.connect(box.host(), box.port(), box.username(), box.password());
        int taken = 0;
        try (store) {
            IMAPFolder folder = (IMAPFolder) store.getFolder(box.folder());
            folder.open(Folder.READ_ONLY);
            try {
                MailboxStore.Progress progress = mailboxes.progress(box.id());
                long validity = folder.getUIDValidity();
                long after =
                        progress.uidValidity() != null && progress.uidValidity() == validity ? progress.lastUid() : 0;
                while (true) {
                    Message[] messages = folder.getMessagesByUID(after + 1, UIDFolder.MAXUID);
                    if (messages.length == 0) {
                        break;
                    }
                    FetchProfile profile = new FetchProfile();
                    profile.add(UIDFolder.FetchProfileItem.UID);
                    profile.add(FetchProfile.Item.SIZE);
                    folder.fetch(messages, profile);
                    int end = Math.min(messages.length, BATCH);
                    prefetch(folder, java.util.Arrays.copyOfRange(messages, 0, end));
                    for (int i = 0; i < end; i++) {
                        long uid = folder.getUID(messages[i]);
                        if (uid <= after) {
                            continue;
                        }
                        ByteArrayOutputStream raw = new ByteArrayOutputStream();
                        messages[i].writeTo(raw);
                        MailIntake.Result result = intake.take(box, raw.toByteArray(), ownAddresses);
                        if (result.outcome() != InboundStore.Outcome.IGNORED
                                || result.reason() == null
                                || !result.reason().equals("already taken in")) {
                            taken++;
                        }
                        after = uid;
                        if (i % PROGRESS_EVERY == PROGRESS_EVERY - 1 || i == end - 1) {
                            // a message read again after a crash is recognised by its Message-ID and skipped
                            mailboxes.progressed(box.id(), validity, after);
                        }
                    }
                    if (messages.length <= BATCH) {
                        break;
                    }
                }
            } finally {
                folder.close(false);
            }
        }
        return taken;
    }
}
