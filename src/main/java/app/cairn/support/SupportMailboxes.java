package app.cairn.support;

import app.cairn.shared.StorableText;
import app.cairn.support.internal.GroupStore;
import app.cairn.support.internal.mail.ImapReader;
import app.cairn.support.internal.mail.MailboxStore;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The support mailboxes admins set up: each is read over IMAP (by a Quartz ticker, or at once on request) and is
 * the address replies to its tickets come from. Passwords are never read back to a page.
 */
@Service
public class SupportMailboxes {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private final MailboxStore mailboxes;
    private final GroupStore groups;
    private final ImapReader reader;
    private final Clock clock;

    SupportMailboxes(MailboxStore mailboxes, GroupStore groups, ImapReader reader, Clock clock) {
        this.mailboxes = mailboxes;
        this.groups = groups;
        this.reader = reader;
        this.clock = clock;
    }

    /** Every mailbox, without passwords. */
    @Transactional(readOnly = true)
    public List<SupportMailbox> all() {
        return mailboxes.all().stream().map(SupportMailboxes::withoutPassword).toList();
    }

    /** Whether agents' replies can be e-mailed: some mailbox is enabled. */
    @Transactional(readOnly = true)
    public boolean canEmail() {
        return mailboxes.all().stream().anyMatch(SupportMailbox::enabled);
    }

    /**
     * Creates (id null) or changes a mailbox; a null password keeps the stored one.
     *
     * @throws TicketException naming the setting that cannot be used
     */
    @Transactional
    public SupportMailbox save(SupportMailbox box) {
        for (String text : new String[] {box.address(), box.fromName(), box.host(), box.username(), box.folder()}) {
            StorableText.require("support.mailbox.field", text);
        }
        if (box.address() == null || !ADDRESS.matcher(box.address().strip()).matches()) {
            throw new TicketException("support.mailbox.error.address", String.valueOf(box.address()));
        }
        if (box.fromName() == null
                || box.fromName().isBlank()
                || box.host() == null
                || box.host().isBlank()
                || box.username() == null
                || box.username().isBlank()) {
            throw new TicketException("support.mailbox.error.required");
        }
        if (box.port() < 1 || box.port() > 65535) {
            throw new TicketException("support.mailbox.error.port", String.valueOf(box.port()));
        }
        if (box.groupId() != null && groups.find(box.groupId()).isEmpty()) {
            throw new TicketException("support.error.group-unknown", box.groupId());
        }
        SupportMailbox clean = new SupportMailbox(
                box.id(),
                box.address().strip().toLowerCase(Locale.ROOT),
                box.fromName().strip(),
                box.host().strip(),
                box.port(),
                box.security(),
                box.username().strip(),
                box.password() == null || box.password().isEmpty() ? null : box.password(),
                box.folder() == null || box.folder().isBlank()
                        ? "INBOX"
                        : box.folder().strip(),
                box.groupId(),
                box.enabled(),
                null,
                null);
        long id;
        if (box.id() == null) {
            id = mailboxes.insert(clean, clock.instant());
        } else {
            mailboxes.find(box.id()).orElseThrow(() -> new TicketException("support.mailbox.error.unknown", box.id()));
            mailboxes.update(clean);
            id = box.id();
        }
        return withoutPassword(mailboxes.find(id).orElseThrow());
    }

    /** Removes a mailbox; its tickets stay, and replies to them go out from another mailbox. */
    @Transactional
    public void delete(long id) {
        mailboxes.delete(id);
    }

    /** Reads every enabled mailbox now; answers how many messages came in. */
    public int readAll() {
        List<SupportMailbox> all = mailboxes.all();
        Set<String> own = all.stream().map(SupportMailbox::address).collect(Collectors.toSet());
        return all.stream()
                .filter(SupportMailbox::enabled)
                .mapToInt(box -> reader.read(box, own))
                .sum();
    }

    private static SupportMailbox withoutPassword(SupportMailbox box) {
        return new SupportMailbox(
                box.id(),
                box.address(),
                box.fromName(),
                box.host(),
                box.port(),
                box.security(),
                box.username(),
                null,
                box.folder(),
                box.groupId(),
                box.enabled(),
                box.lastReadAt(),
                box.lastError());
    }
}
