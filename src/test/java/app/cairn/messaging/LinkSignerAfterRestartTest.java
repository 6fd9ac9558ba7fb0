package app.cairn.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.messaging.internal.tracking.LinkSigner;
import app.cairn.testing.CairnTest;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A node that has just started checks its first link inside a read-only transaction, as the preference page does. */
@CairnTest
class LinkSignerAfterRestartTest {

    @Autowired
    LinkSigner running;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theFirstLinkCheckedAfterAStartIsReadInsideAReadOnlyTransaction() {
        String token = running.sign(LinkSigner.Kind.PREFERENCES, "42");
        LinkSigner restarted = new LinkSigner(jdbc, clock, transactions);
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        Optional<LinkSigner.Signed> signed =
                readOnly.execute(status -> restarted.verify(LinkSigner.Kind.PREFERENCES, token));

        assertThat(signed).map(LinkSigner.Signed::payload).contains("42");
    }
}
