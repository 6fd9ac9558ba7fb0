package app.cairn.support;

import app.cairn.customer.CustomerFixtures;
import app.cairn.shared.StaffRole;
import app.cairn.staff.StaffFixtures;
import app.cairn.staff.StaffManagement;
import app.cairn.staff.StaffMember;

/** Tickets and agents for support tests. */
public final class SupportFixtures {

    private SupportFixtures() {}

    /** A new agent, saved. */
    public static StaffMember agent(StaffManagement staff) {
        return staff.create(StaffFixtures.newAccount("agent", StaffRole.AGENT));
    }

    /**
     * Points Cairn's SMTP settings at a test server and saves a support mailbox to send from (its IMAP side is never
     * read); answers the mailbox's address.
     */
    public static String sendingMailbox(
            app.cairn.messaging.MessagingSettings messaging, SupportMailboxes mailboxes, int smtpPort, String prefix) {
        messaging.saveSmtp(
                new app.cairn.messaging.SmtpSettings(
                        "127.0.0.1", smtpPort, app.cairn.messaging.MailSecurity.NONE, null, null, 0),
                "test");
        String address = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 6) + "@shop.example";
        mailboxes.save(new SupportMailbox(
                null,
                address,
                "Shop support",
                "127.0.0.1",
                1,
                app.cairn.messaging.MailSecurity.NONE,
                "user",
                "secret",
                "INBOX",
                null,
                true,
                null,
                null));
        return address;
    }

    /** The actor for a staff member. */
    public static Actor as(StaffMember member) {
        return Actor.staff(member.id(), member.username());
    }

    /** A ticket a new customer opened through the API about a late parcel. */
    public static Ticket lateParcel(TicketManagement tickets) {
        return tickets.open(
                NewTicket.fromCustomer(
                        TicketChannel.API,
                        CustomerFixtures.uniqueEmail("late"),
                        "Where is my parcel?",
                        "I ordered a week ago and nothing has arrived."),
                Actor.system("test"));
    }
}
