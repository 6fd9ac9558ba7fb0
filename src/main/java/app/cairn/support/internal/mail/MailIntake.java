package app.cairn.support.internal.mail;

import app.cairn.customer.CustomerManagement;
import app.cairn.customer.CustomerProfile;
import app.cairn.shared.RefusedException;
import app.cairn.support.Actor;
import app.cairn.support.NewTicket;
import app.cairn.support.SupportMailbox;
import app.cairn.support.Ticket;
import app.cairn.support.TicketChannel;
import app.cairn.support.TicketStatus;
import app.cairn.support.internal.MergeStore;
import app.cairn.support.internal.TicketStore;
import app.cairn.support.internal.files.AttachmentIntake;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes one message in from a mailbox, in one transaction: once per Message-ID; mail no person wrote is recorded and
 * left alone; a reply joins its ticket (by the Message-IDs it refers to, else by a [#number] in the subject from the
 * ticket's own customer — never by subject alone across senders); anything else opens a ticket.
 */
@Component
public class MailIntake {

    /**
     * The session messages are parsed in: one for all, since making a session reads the mail providers from the class
     * path every time (a quarter of the intake's time when it was made per message).
     */
    private static final Session PARSING = Session.getInstance(new Properties());

    private static final Pattern TICKET_TAG = Pattern.compile("\\[#(\\d{1,18})]");

    private final InboundStore inbound;
    private final ThreadIds threads;
    private final TicketStore tickets;
    private final Conversations conversations;
    private final CustomerManagement customers;
    private final AttachmentIntake attachments;
    private final MergeStore merges;
    private final Clock clock;

    public MailIntake(
            InboundStore inbound,
            ThreadIds threads,
            TicketStore tickets,
            Conversations conversations,
            CustomerManagement customers,
            AttachmentIntake attachments,
            MergeStore merges,
            Clock clock) {
        this.attachments = attachments;
        this.merges = merges;
        this.inbound = inbound;
        this.threads = threads;
        this.tickets = tickets;
        this.conversations = conversations;
        this.customers = customers;
        this.clock = clock;
    }

    /** What became of a message, and the ticket it opened or joined (null when none). */
    public record Result(InboundStore.Outcome outcome, Long ticket, String reason) {}

    @Transactional
    public Result take(SupportMailbox mailbox, byte[] raw, Set<String> ownAddresses) {
        Instant now = clock.instant();
        MimeMessage message;
        String key;
        try {
            message = new MimeMessage(PARSING, new ByteArrayInputStream(raw));
            key = key(message.getMessageID(), raw);
        } catch (MessagingException unreadable) {
            String hash = "sha256:" + sha256(raw);
            if (!inbound.seen(hash)) {
                inbound.insert(
                        mailbox.id(),
                        hash,
                        null,
                        null,
                        InboundStore.Outcome.UNREADABLE,
                        unreadable.getMessage(),
                        now,
                        raw);
            }
            return new Result(InboundStore.Outcome.UNREADABLE, null, unreadable.getMessage());
        }
        if (inbound.seen(key)) {
            return new Result(InboundStore.Outcome.IGNORED, null, "already taken in");
        }
        try {
            return read(mailbox, message, key, raw, ownAddresses, now);
        } catch (MessagingException | IOException | RefusedException unreadable) {
            inbound.insert(
                    mailbox.id(),
                    key,
                    null,
                    null,
                    InboundStore.Outcome.UNREADABLE,
                    String.valueOf(unreadable.getMessage()),
                    now,
                    raw);
            return new Result(InboundStore.Outcome.UNREADABLE, null, unreadable.getMessage());
        }
    }

    private Result read(
            SupportMailbox mailbox, MimeMessage message, String key, byte[] raw, Set<String> own, Instant now)
            throws MessagingException, IOException {
        InternetAddress from = MailParts.from(message);
        String sender = from == null ? null : from.getAddress().toLowerCase(Locale.ROOT);
        String subject =
                message.getSubject() == null ? "" : message.getSubject().strip();
        Optional<String> automatic = AutoMail.reason(message, own);
        if (automatic.isPresent()) {
            inbound.insert(mailbox.id(), key, sender, subject, InboundStore.Outcome.IGNORED, automatic.get(), now, raw);
            return new Result(InboundStore.Outcome.IGNORED, null, automatic.get());
        }
        MailParts.Bodies bodies = MailParts.bodies(message);
        String text = bodies.text() != null
                ? bodies.text().strip()
                : bodies.html() == null
                        ? ""
                        : Jsoup.parse(bodies.html()).wholeText().strip();
        List<AttachmentIntake.Incoming> files = MailParts.files(message, attachments.maxSize());
        Optional<Ticket> thread = thread(message, subject, sender);
        if (thread.isPresent() && thread.get().status() != TicketStatus.CLOSED) {
            long id = inbound.insert(mailbox.id(), key, sender, subject, InboundStore.Outcome.REPLY, null, now, raw);
            long number = thread.get().number();
            conversations.customerMail(number, text, bodies.html(), QuoteStripper.ownText(text), id, files);
            threads.add(key, number, false, now);
            inbound.ticket(id, number);
            return new Result(InboundStore.Outcome.REPLY, number, null);
        }
        long id = inbound.insert(mailbox.id(), key, sender, subject, InboundStore.Outcome.NEW_TICKET, null, now, raw);
        Ticket ticket = conversations.open(
                new NewTicket(
                        subject.isEmpty() ? "(no subject)" : subject,
                        null,
                        sender,
                        from.getPersonal(),
                        TicketChannel.EMAIL,
                        text.isEmpty() ? "(no text)" : text,
                        bodies.html(),
                        true,
                        null,
                        null,
                        mailbox.groupId(),
                        null,
                        thread.isPresent() ? Set.of("follow-up") : Set.of()),
                Actor.system("mailbox:" + mailbox.address()),
                mailbox.id(),
                QuoteStripper.ownText(text),
                id,
                files);
        threads.add(key, ticket.number(), false, now);
        inbound.ticket(id, ticket.number());
        return new Result(
                InboundStore.Outcome.NEW_TICKET,
                ticket.number(),
                thread.isPresent() ? "follow-up of a closed ticket" : null);
    }

    private Optional<Ticket> thread(MimeMessage message, String subject, String sender) throws MessagingException {
        Optional<Long> byHeaders = threads.ticketOf(MailParts.referred(message));
        if (byHeaders.isPresent()) {
            return tickets.find(byHeaders.get(), true);
        }
        Matcher tag = TICKET_TAG.matcher(subject);
        if (tag.find() && sender != null) {
            long number = Long.parseLong(tag.group(1));
            // a ticket merged into another is answered there
            for (int hops = 0; hops < 10 && merges.mergedInto(number) != null; hops++) {
                number = merges.mergedInto(number);
            }
            return tickets.find(number, true).filter(t -> customers
                    .find(t.customerId())
                    .map(CustomerProfile::email)
                    .filter(sender::equalsIgnoreCase)
                    .isPresent());
        }
        return Optional.empty();
    }

    private static String key(String messageId, byte[] raw) {
        if (messageId == null || messageId.isBlank()) {
            return "sha256:" + sha256(raw);
        }
        String id = messageId.strip();
        return id.length() <= 255 ? id : "sha256:" + sha256(id.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
