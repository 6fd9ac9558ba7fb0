package app.cairn.messaging;

import app.cairn.messaging.internal.delivery.MimeMessages;
import app.cairn.messaging.internal.delivery.NewMessage;
import app.cairn.messaging.internal.delivery.Outbox;
import app.cairn.messaging.internal.delivery.ServiceMailStore;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service e-mail through the outbox: written in the caller's transaction, so a reply is sent exactly when what led
 * to it is saved, retried until the server takes it, and never twice.
 */
@Service
public class ServiceEmails {

    private final Outbox outbox;
    private final ServiceMailStore mails;

    ServiceEmails(Outbox outbox, ServiceMailStore mails) {
        this.outbox = outbox;
        this.mails = mails;
    }

    /**
     * Queues the e-mail (nothing when its key was queued before) and answers the Message-ID it will carry, with
     * its angle brackets, for the thread's next message to refer to.
     *
     * @throws IllegalArgumentException when an address cannot be read
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String queue(ServiceEmail email) {
        if (outbox.enqueue(List.of(new NewMessage(
                        email.idempotencyKey(),
                        MessageSource.SERVICE,
                        null,
                        null,
                        email.customerId(),
                        email.to(),
                        false,
                        Instant.EPOCH)))
                > 0) {
            mails.insert(outbox.idOf(email.idempotencyKey()), email);
        }
        return MimeMessages.messageId(outbox.idOf(email.idempotencyKey()), email.fromAddress());
    }
}
