package app.cairn.messaging.internal.references;

import app.cairn.messaging.BroadcastStatus;
import app.cairn.messaging.internal.broadcasts.BroadcastStore;
import app.cairn.shared.Referable;
import app.cairn.shared.Referrer;
import app.cairn.shared.ReferrerSource;
import java.util.List;
import org.springframework.stereotype.Component;

/** Broadcasts that send a template or go to a segment; those not yet finished still need it. */
@Component
public class MessagingReferrers implements ReferrerSource {

    private final BroadcastStore broadcasts;

    public MessagingReferrers(BroadcastStore broadcasts) {
        this.broadcasts = broadcasts;
    }

    @Override
    public List<Referrer> referrersOf(Referable kind, long id) {
        return broadcasts.naming(kind, id).stream()
                .map(b -> new Referrer("referrer.broadcast", b.name(), running(b.status())))
                .toList();
    }

    public static boolean running(BroadcastStatus status) {
        return status == BroadcastStatus.SCHEDULED
                || status == BroadcastStatus.QUEUEING
                || status == BroadcastStatus.SENDING;
    }
}
