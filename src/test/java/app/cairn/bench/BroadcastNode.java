package app.cairn.bench;

import app.cairn.CairnApplication;
import app.cairn.messaging.Broadcast;
import app.cairn.messaging.BroadcastManagement;
import app.cairn.messaging.BroadcastReport;
import app.cairn.messaging.BroadcastStatus;
import app.cairn.messaging.MailSecurity;
import app.cairn.messaging.MessagingSettings;
import app.cairn.messaging.NewBroadcast;
import app.cairn.messaging.SmtpSettings;
import app.cairn.messaging.TemplateDraft;
import app.cairn.messaging.TemplateManagement;
import app.cairn.segment.SegmentManagement;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One Cairn node for the messaging benchmark and reliability runs, as its own process so that it can be killed
 * with {@code kill -9}. It starts Cairn on a data folder with the given SMTP server and then:
 *
 * <ul>
 *   <li>{@code fresh N}: fills an empty shop with N customers who agreed to e-mail, a static segment of all of
 *       them, a sender and a template, and broadcasts the template to the segment now;
 *   <li>{@code resume}: nothing: the node carries on what the data folder holds;
 *   <li>{@code again}: broadcasts the template to the segment once more.
 * </ul>
 *
 * Then it prints a line {@code STATUS} a second (the latest broadcast's status, sent and pending messages, heap
 * in use, and the old generation after the last collection, i.e. what stays alive) until every broadcast has finished, prints {@code DONE} with the report and stops.
 */
public final class BroadcastNode {

    private BroadcastNode() {}

    /** Arguments: data folder, SMTP port, action ({@code fresh}, {@code resume}, {@code again}), recipients. */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int smtpPort = Integer.parseInt(args[1]);
        String action = args[2];
        int recipients = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        ConfigurableApplicationContext app = new SpringApplicationBuilder(CairnApplication.class)
                .run(
                        "--server.port=0",
                        "--cairn.data-dir=" + folder,
                        "--cairn.db.embedded.server-dir=" + folder.resolveSibling("mariadb-server"),
                        "--cairn.db.embedded.buffer-pool-size=1G",
                        "--cairn.demo.enabled=false",
                        "--cairn.scheduler.name=broadcast-node",
                        "--cairn.messaging.lease=20s",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=error",
                        "--logging.level.app.cairn.messaging=warn",
                        "--vaadin.devmode.devTools.enabled=false");
        app.getBean(MessagingSettings.class)
                .saveSmtp(new SmtpSettings("127.0.0.1", smtpPort, MailSecurity.NONE, null, null, 0), "bench");
        BroadcastManagement broadcasts = app.getBean(BroadcastManagement.class);
        long started = System.nanoTime();
        switch (action) {
            case "fresh" -> broadcast(app, shop(app, recipients));
            case "again" ->
                broadcast(
                        app,
                        app.getBean(SegmentManagement.class).all().stream()
                                .filter(s -> s.name().equals("Everyone (bench)"))
                                .findFirst()
                                .orElseThrow()
                                .id());
            case "resume" -> {
                // carries on
            }
            default -> throw new IllegalArgumentException("Unknown action " + action);
        }
        System.out.println("READY");
        follow(broadcasts, started);
        app.close();
        System.exit(0);
    }

    private static long shop(ConfigurableApplicationContext app, int recipients) {
        return BenchShop.everyone(app, recipients);
    }

    private static void broadcast(ConfigurableApplicationContext app, long segment) {
        MessagingSettings settings = app.getBean(MessagingSettings.class);
        long sender = settings.senders().isEmpty()
                ? settings.saveSender(null, "Bench Shop", "news@bench.example", null)
                : settings.senders().getFirst().id();
        TemplateManagement templates = app.getBean(TemplateManagement.class);
        long template = templates.all().stream()
                .filter(t -> t.name().equals("Bench newsletter"))
                .findFirst()
                .map(t -> t.id())
                .orElseGet(() -> templates
                        .save(
                                null,
                                new TemplateDraft(
                                        "Bench newsletter",
                                        "News for {{ first_name | default(\"you\") }}",
                                        "What is new this week",
                                        """
                                        <table width="600" cellpadding="0" cellspacing="0"><tr><td>
                                        <h1>Hello {{ first_name | default("there") }},</h1>
                                        <p>Our new collection is here. <a href="https://shop.example/new">See it</a>.</p>
                                        <p>Free delivery this week: <a href="https://shop.example/delivery">details</a>.</p>
                                        </td></tr></table>""",
                                        sender,
                                        null),
                                "bench")
                        .id());
        Broadcast broadcast = app.getBean(BroadcastManagement.class)
                .create(new NewBroadcast("Bench " + System.currentTimeMillis(), template, segment, null, 5), "bench");
        System.out.println("BROADCAST " + broadcast.id());
    }

    private static void follow(BroadcastManagement broadcasts, long started) throws InterruptedException {
        while (true) {
            Broadcast latest = broadcasts.page(false, 0, 1).getFirst();
            BroadcastReport report = broadcasts.report(latest.id());
            System.out.printf(
                    Locale.ROOT,
                    "STATUS broadcast=%d status=%s queued=%d sent=%d pending=%d heapMB=%d oldAfterGcMB=%d seconds=%.1f%n",
                    latest.id(),
                    latest.status(),
                    latest.queued(),
                    report.sent(),
                    report.pending(),
                    BenchShop.heapMegabytes(),
                    BenchShop.liveMegabytes(),
                    (System.nanoTime() - started) / 1e9);
            if (latest.status() == BroadcastStatus.SENT || latest.status() == BroadcastStatus.CANCELLED) {
                System.out.printf(
                        Locale.ROOT,
                        "DONE broadcast=%d queued=%d sent=%d bounced=%d failed=%d cancelled=%d seconds=%.1f%n",
                        latest.id(),
                        latest.queued(),
                        report.sent(),
                        report.bounced(),
                        report.failed(),
                        report.cancelled(),
                        (System.nanoTime() - started) / 1e9);
                return;
            }
            Thread.sleep(1000);
        }
    }
}
