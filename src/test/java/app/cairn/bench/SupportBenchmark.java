package app.cairn.bench;

import app.cairn.customer.CustomerManagement;
import app.cairn.messaging.MailSecurity;
import app.cairn.shared.StaffRole;
import app.cairn.staff.NewStaffAccount;
import app.cairn.staff.StaffManagement;
import app.cairn.staff.StaffMember;
import app.cairn.support.Assignment;
import app.cairn.support.BusinessCalendar;
import app.cairn.support.InboxFilter;
import app.cairn.support.InboxSort;
import app.cairn.support.InboxView;
import app.cairn.support.SlaSettings;
import app.cairn.support.SlaTarget;
import app.cairn.support.SupportGroup;
import app.cairn.support.SupportGroups;
import app.cairn.support.SupportMailbox;
import app.cairn.support.SupportMailboxes;
import app.cairn.support.Surveys;
import app.cairn.support.Ticket;
import app.cairn.support.TicketInbox;
import app.cairn.support.TicketPriority;
import app.cairn.support.TicketStatus;
import app.cairn.support.internal.SlaWatch;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Support desk benchmark, printing its figures:
 *
 * <ol>
 *   <li>generates (once, kept for later runs) a desk of N tickets with 5 messages each (one ticket with 200), 10 %
 *       of them open with running SLA clocks, through SQL bulk inserts in chunks, printing its progress;
 *   <li>the inbox's first page with its count, for the views agents start from and a filtered view;
 *   <li>the server work of the ticket page of the ticket with 200 messages;
 *   <li>SLA ticks over every open ticket's clocks;
 *   <li>e-mail intake from an IMAP server (GreenMail, on 127.0.0.1): new messages and threaded answers.
 * </ol>
 *
 * Run with {@code ./mvnw -Pbench-support test-compile}. The FreeScout and Zammad anchors of the issue are quoted in
 * {@code docs/benchmarks.md}; neither can run on this machine (no PHP or Ruby stack, no Docker), so they are not
 * measured here.
 */
public final class SupportBenchmark {

    private static final int CHUNK = 50_000;
    private static final int REPEATS = 7;
    private static final int CUSTOMERS = 200_000;
    private static final int AGENTS = 20;

    private SupportBenchmark() {}

    /** Arguments: the build folder, the number of tickets, and the number of e-mails the intake reads. */
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]).toAbsolutePath();
        int tickets = Integer.parseInt(args[1]);
        int mails = Integer.parseInt(args[2]);
        Path folder = target.resolve("bench").resolve("support-" + tickets);
        boolean generated = Files.exists(folder.resolve("generated"));
        if (!generated && Files.exists(folder)) {
            // a generation that did not finish: start again from nothing
            org.springframework.util.FileSystemUtils.deleteRecursively(folder);
        }
        System.out.printf(
                Locale.ROOT,
                "Cairn support benchmark: %,d tickets, %,d messages, embedded MariaDB, %d cores, JDK %s%n",
                tickets,
                tickets * 5L + 195,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        try (ConfigurableApplicationContext app = CustomerDataBenchmark.start(folder, "bench-support")) {
            if (!generated) {
                generate(app, tickets);
                Files.writeString(folder.resolve("generated"), "yes");
            } else {
                System.out.println("Reusing the desk generated in " + folder);
            }
            inbox(app);
            ticketPage(app);
            slaTicks(app);
            intake(app, mails);
        }
        System.exit(0);
    }

    private static void generate(ConfigurableApplicationContext app, int tickets) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        long started = System.nanoTime();
        jdbc.sql("""
                        INSERT INTO customer (email, first_name, last_name, country, time_zone, language, signup_at,
                            source, created_at, updated_at)
                        SELECT CONCAT('desk-', seq, '@example.com'), CONCAT('Name', seq), 'Desk', 'DE', 'Europe/Berlin',
                               IF(seq %% 3 = 0, 'zh', 'en'), UTC_TIMESTAMP(6), 'bench', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
                        FROM seq_1_to_%d""".formatted(CUSTOMERS)).update();
        long firstCustomer = jdbc.sql("SELECT MIN(id) FROM customer WHERE source = 'bench'")
                .query(Long.class)
                .single();
        StaffManagement staff = app.getBean(StaffManagement.class);
        List<Long> agents = new ArrayList<>();
        for (int i = 0; i < AGENTS; i++) {
            agents.add(staff.create(new NewStaffAccount(
                            "desk-agent-" + i,
                            "Desk Agent " + i,
                            "desk-agent-" + i + "@shop.example",
                            "bench-password-" + i,
                            Set.of(StaffRole.AGENT)))
                    .id());
        }
        SupportGroups groups = app.getBean(SupportGroups.class);
        List<Long> groupIds = new ArrayList<>();
        for (int g = 0; g < 4; g++) {
            SupportGroup group = groups.create(
                    "Desk group " + g, Set.copyOf(agents.subList(g * 5, g * 5 + 5)), Assignment.FEWEST_OPEN);
            groupIds.add(group.id());
        }
        Map<DayOfWeek, List<BusinessCalendar.Period>> always = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            always.put(day, List.of(new BusinessCalendar.Period(LocalTime.MIN, LocalTime.of(23, 59))));
        }
        app.getBean(SlaSettings.class)
                .save(
                        new BusinessCalendar(ZoneId.of("Europe/Berlin"), always, Set.of()),
                        Arrays.stream(TicketPriority.values())
                                .map(p ->
                                        new SlaTarget(p, Duration.ofHours(4), Duration.ofHours(8), Duration.ofDays(3)))
                                .toList());
        long calendar = jdbc.sql("SELECT MAX(id) FROM support_calendar")
                .query(Long.class)
                .single();
        System.out.printf(Locale.ROOT, "Generating: %,d customers, %d agents, 4 groups%n", CUSTOMERS, AGENTS);
        // tickets: 1 in 10 open (new, open or pending) and recent; the rest solved or closed over the last two years
        for (int from = 1; from <= tickets; from += CHUNK) {
            int to = Math.min(tickets, from + CHUNK - 1);
            jdbc.sql("""
                            INSERT INTO ticket (subject, customer_id, channel, status, priority, type, group_id,
                                assignee_id, created_at, updated_at, first_response_at, solved_at,
                                last_customer_message_at, last_staff_reply_at, messages, version)
                            SELECT CONCAT('Bench ticket ', seq, ': where is order ', 10000 + seq %% 90000),
                                :firstCustomer + (seq * 7919) %% :customers,
                                ELT(1 + seq %% 4, 'EMAIL', 'WEB_FORM', 'API', 'AGENT'),
                                IF(seq %% 10 = 0, ELT(1 + (seq DIV 10) %% 3, 'NEW', 'OPEN', 'PENDING'),
                                    IF(seq %% 3 = 0, 'SOLVED', 'CLOSED')),
                                ELT(1 + seq %% 7 %% 4, 'LOW', 'NORMAL', 'HIGH', 'URGENT'),
                                ELT(1 + seq %% 4, 'QUESTION', 'INCIDENT', 'PROBLEM', 'TASK'),
                                ELT(1 + seq %% 4, :g0, :g1, :g2, :g3),
                                IF(seq %% 10 = 0 AND seq %% 7 = 0, NULL, :firstAgent + seq %% :agents),
                                c.at, c.at + INTERVAL 2 HOUR, c.at + INTERVAL 1 HOUR,
                                IF(seq %% 10 = 0, NULL, c.at + INTERVAL 1 DAY), c.at, c.at + INTERVAL 1 HOUR, 5, 0
                            FROM (SELECT seq, IF(seq %% 10 = 0,
                                    UTC_TIMESTAMP(6) - INTERVAL (seq %% 20000) MINUTE,
                                    UTC_TIMESTAMP(6) - INTERVAL 30 DAY - INTERVAL seq MINUTE) AS at
                                FROM seq_%d_to_%d) c""".formatted(from, to))
                    .param("firstCustomer", firstCustomer)
                    .param("customers", CUSTOMERS)
                    .param("g0", groupIds.get(0))
                    .param("g1", groupIds.get(1))
                    .param("g2", groupIds.get(2))
                    .param("g3", groupIds.get(3))
                    .param("firstAgent", agents.getFirst())
                    .param("agents", AGENTS)
                    .update();
            progress("tickets", to, tickets, started);
        }
        long firstTicket =
                jdbc.sql("SELECT MIN(id) FROM ticket").query(Long.class).single();
        long lastTicket =
                jdbc.sql("SELECT MAX(id) FROM ticket").query(Long.class).single();
        for (long from = firstTicket; from <= lastTicket; from += CHUNK / 5) {
            long to = Math.min(lastTicket, from + CHUNK / 5 - 1);
            jdbc.sql("""
                            INSERT INTO ticket_message (ticket_id, kind, author_type, author_staff_id, channel, body_text,
                                shown_text, created_at)
                            SELECT t.id, IF(s.seq = 4, 'NOTE', 'REPLY'), IF(s.seq % 2 = 1, 'CUSTOMER', 'STAFF'),
                                IF(s.seq % 2 = 1, NULL, t.assignee_id), t.channel,
                                CONCAT('Message ', s.seq, ' of ticket ', t.id,
                                    '. Hello, my order has not arrived yet and the tracking page shows no movement ',
                                    'since Monday. Could you look into it and tell me when I can expect it? Thanks.'),
                                NULL, t.created_at + INTERVAL s.seq * 20 MINUTE
                            FROM ticket t JOIN seq_1_to_5 s WHERE t.id BETWEEN ? AND ?""").params(from, to).update();
            progress("messages of tickets", to - firstTicket + 1, lastTicket - firstTicket + 1, started);
        }
        // the long conversation: 200 messages on the first ticket
        jdbc.sql("""
                        INSERT INTO ticket_message (ticket_id, kind, author_type, channel, body_text, created_at)
                        SELECT ?, 'REPLY', IF(seq % 2 = 1, 'CUSTOMER', 'STAFF'), 'EMAIL',
                            CONCAT('Reply ', seq, ' in a long conversation about a missing parcel and its refund.'),
                            UTC_TIMESTAMP(6) - INTERVAL (300 - seq) MINUTE
                        FROM seq_6_to_200""").param(firstTicket).update();
        jdbc.sql("UPDATE ticket SET messages = 200 WHERE id = ?")
                .param(firstTicket)
                .update();
        // clocks of the open tickets: first response and resolution running, one in five already breached (open tickets
        // have ids ending in 0, hence DIV 10), the others due over the next week
        jdbc.sql("""
                        INSERT INTO ticket_sla (ticket_id, metric, calendar_id, target_minutes, used_seconds,
                            running_since, due_at, warned_at, breached_at)
                        SELECT t.id, m.metric, ?, 240, 0, t.created_at,
                            IF(t.id DIV 10 % 5 = 0, UTC_TIMESTAMP(6) - INTERVAL (t.id % 10000) MINUTE,
                                UTC_TIMESTAMP(6) + INTERVAL 5 MINUTE + INTERVAL (t.id % 10000) MINUTE),
                            IF(t.id DIV 10 % 5 = 0, UTC_TIMESTAMP(6), NULL),
                            IF(t.id DIV 10 % 5 = 0, UTC_TIMESTAMP(6), NULL)
                        FROM ticket t JOIN (SELECT 'FIRST_RESPONSE' AS metric UNION ALL SELECT 'RESOLUTION') m
                        WHERE t.status IN ('NEW', 'OPEN', 'PENDING')""").param(calendar).update();
        for (String table : List.of("customer", "ticket", "ticket_message", "ticket_sla")) {
            jdbc.sql("ANALYZE TABLE " + table).query().listOfRows();
        }
        System.out.printf(
                Locale.ROOT,
                "Generated in %.0f s: %,d tickets (%,d open), %,d messages, %,d SLA clocks%n",
                seconds(started),
                jdbc.sql("SELECT COUNT(*) FROM ticket").query(Long.class).single(),
                jdbc.sql("SELECT COUNT(*) FROM ticket WHERE status IN ('NEW','OPEN','PENDING')")
                        .query(Long.class)
                        .single(),
                jdbc.sql("SELECT COUNT(*) FROM ticket_message")
                        .query(Long.class)
                        .single(),
                jdbc.sql("SELECT COUNT(*) FROM ticket_sla").query(Long.class).single());
    }

    private static void inbox(ConfigurableApplicationContext app) {
        TicketInbox inbox = app.getBean(TicketInbox.class);
        long agent = app.getBean(StaffManagement.class)
                .findByUsername("desk-agent-3")
                .map(StaffMember::id)
                .orElseThrow();
        long group = app.getBean(SupportGroups.class).all().getFirst().id();
        System.out.println("Inbox, first page of 50 with its count (median of " + REPEATS + "):");
        measure("  All, recently changed", () -> page(inbox, InboxFilter.of(InboxView.ALL, agent), InboxSort.UPDATED));
        measure(
                "  All active, most urgent",
                () -> page(inbox, InboxFilter.of(InboxView.ACTIVE, agent), InboxSort.PRIORITY));
        measure("  Mine", () -> page(inbox, InboxFilter.of(InboxView.MINE, agent), InboxSort.UPDATED));
        measure("  Unassigned", () -> page(inbox, InboxFilter.of(InboxView.UNASSIGNED, agent), InboxSort.OLDEST));
        measure("  Breaching soon", () -> page(inbox, InboxFilter.of(InboxView.BREACHING, agent), InboxSort.OLDEST));
        measure(
                "  Filtered: a group, status open, priority high",
                () -> page(
                        inbox,
                        new InboxFilter(
                                InboxView.ALL,
                                agent,
                                TicketStatus.OPEN,
                                TicketPriority.HIGH,
                                group,
                                null,
                                null,
                                null,
                                null),
                        InboxSort.UPDATED));
    }

    private static int page(TicketInbox inbox, InboxFilter filter, InboxSort sort) {
        return inbox.page(filter, sort, 0, 50).size() + (int) Math.min(1, inbox.count(filter));
    }

    private static void ticketPage(ConfigurableApplicationContext app) {
        TicketInbox inbox = app.getBean(TicketInbox.class);
        SlaSettings sla = app.getBean(SlaSettings.class);
        Surveys surveys = app.getBean(Surveys.class);
        CustomerManagement customers = app.getBean(CustomerManagement.class);
        long number = app.getBean(JdbcClient.class)
                .sql("SELECT MIN(id) FROM ticket")
                .query(Long.class)
                .single();
        System.out.println("Ticket page with 200 messages, server work (median of " + REPEATS + "):");
        measure("  Ticket, conversation, files, clocks, survey, customer, earlier tickets", () -> {
            Ticket ticket = inbox.find(number).orElseThrow();
            int n = inbox.messages(number, 0, 1000).size();
            inbox.files(number);
            sla.clocks(number);
            surveys.ofTicket(number);
            customers.summaries(List.of(ticket.customerId()));
            inbox.page(
                    new InboxFilter(InboxView.ALL, 0, null, null, null, null, ticket.customerId(), null, null),
                    InboxSort.UPDATED,
                    0,
                    6);
            if (n != 200) {
                throw new IllegalStateException(n + " messages");
            }
            return n;
        });
    }

    private static void slaTicks(ConfigurableApplicationContext app) {
        SlaWatch watch = app.getBean(SlaWatch.class);
        long open = app.getBean(JdbcClient.class)
                .sql("SELECT COUNT(*) FROM ticket_sla WHERE met_at IS NULL")
                .query(Long.class)
                .single();
        System.out.printf(Locale.ROOT, "SLA ticker over %,d running clocks of open tickets:%n", open);
        long started = System.nanoTime();
        int[] first = watch.tick();
        System.out.printf(
                Locale.ROOT, "  first tick: %.0f ms (%d warnings, %d breaches)%n", millis(started), first[0], first[1]);
        measure("  later ticks (nothing new due)", () -> {
            int[] done = watch.tick();
            return done[0] + done[1];
        });
    }

    private static void intake(ConfigurableApplicationContext app, int mails) throws Exception {
        GreenMail imap = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        imap.start();
        try {
            String address = "desk-" + ProcessHandle.current().pid() + "@shop.example";
            GreenMailUser user = imap.setUser(address, address, "secret");
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            List<Object[]> open = jdbc.sql("""
                            SELECT t.id, c.email, t.subject FROM ticket t JOIN customer c ON c.id = t.customer_id
                            WHERE t.status = 'OPEN' LIMIT ?""")
                    .param(mails / 2)
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)})
                    .list();
            Session session = Session.getInstance(new Properties());
            for (int i = 0; i < mails; i++) {
                MimeMessage message = new MimeMessage(session);
                if (i % 2 == 0 || i / 2 >= open.size()) {
                    message.setFrom(new InternetAddress("new-" + i + "-" + address.hashCode() + "@customer.example"));
                    message.setSubject("Question " + i + " about my order");
                    message.setText("Hello, I have a question about order " + (20000 + i) + ". When does it ship?");
                } else {
                    Object[] ticket = open.get(i / 2);
                    message.setFrom(new InternetAddress((String) ticket[1]));
                    message.setSubject("Re: " + ticket[2] + " [#" + ticket[0] + "]");
                    message.setText("Thanks, that helps.\n\nOn Monday, Shop support wrote:\n> We are on it.");
                }
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(address));
                message.setHeader("Message-ID", "<bench-" + i + "-" + System.nanoTime() + "@customer.example>");
                message.saveChanges();
                user.deliver(message);
            }
            SupportMailboxes mailboxes = app.getBean(SupportMailboxes.class);
            mailboxes.save(new SupportMailbox(
                    null,
                    address,
                    "Desk",
                    "127.0.0.1",
                    imap.getImap().getPort(),
                    MailSecurity.NONE,
                    address,
                    "secret",
                    "INBOX",
                    null,
                    true,
                    null,
                    null));
            long started = System.nanoTime();
            int taken = mailboxes.readAll();
            double seconds = seconds(started);
            System.out.printf(
                    Locale.ROOT,
                    "E-mail intake from IMAP: %,d messages (half new tickets, half threaded answers) in %.1f s: %.0f"
                            + " messages/s%n",
                    taken,
                    seconds,
                    taken / seconds);
            mailboxes.all().stream()
                    .filter(box -> box.address().equals(address))
                    .forEach(box -> mailboxes.delete(box.id()));
        } finally {
            imap.stop();
        }
    }

    private static void measure(String name, Supplier<Integer> work) {
        work.get();
        work.get();
        double[] times = new double[REPEATS];
        int result = 0;
        for (int i = 0; i < REPEATS; i++) {
            long started = System.nanoTime();
            result = work.get();
            times[i] = millis(started);
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "%-62s %7.1f ms (max %.1f ms)%n", name, times[REPEATS / 2], times[REPEATS - 1]);
        if (result < 0) {
            throw new IllegalStateException();
        }
    }

    private static void progress(String what, long done, long all, long started) {
        System.out.printf(Locale.ROOT, "  %s: %,d of %,d (%.0f s)%n", what, done, all, seconds(started));
    }

    private static double millis(long started) {
        return (System.nanoTime() - started) / 1e6;
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
