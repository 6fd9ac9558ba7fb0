package app.cairn.support.internal.mail;

import app.cairn.support.Actor;
import app.cairn.support.NewTicket;
import app.cairn.support.Ticket;
import app.cairn.support.TicketChannel;
import app.cairn.support.TicketManagement;
import app.cairn.support.TicketMessage;
import app.cairn.support.internal.MessageStore;
import app.cairn.support.internal.TicketStore;
import app.cairn.support.internal.files.AttachmentIntake;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/** What mail adds to tickets, through the support API, plus what only mail has: its mailbox and its raw message. */
@Component
class Conversations {

    private final TicketManagement tickets;
    private final TicketStore ticketRows;
    private final MessageStore messages;
    private final AttachmentIntake attachments;
    private final Clock clock;

    Conversations(
            TicketManagement tickets,
            TicketStore ticketRows,
            MessageStore messages,
            AttachmentIntake attachments,
            Clock clock) {
        this.attachments = attachments;
        this.tickets = tickets;
        this.ticketRows = ticketRows;
        this.messages = messages;
        this.clock = clock;
    }

    /** Opens a ticket from a message: its mailbox answers it, and its first message shows without quotes. */
    Ticket open(
            NewTicket ticket,
            Actor actor,
            long mailbox,
            String shownText,
            long inbound,
            List<AttachmentIntake.Incoming> files) {
        Ticket opened = tickets.open(ticket, actor);
        ticketRows.set(opened.number(), "mailbox_id", mailbox, clock.instant());
        messages.firstFromMail(opened.number(), shownText, inbound);
        if (!files.isEmpty()) {
            long first = messages.of(opened.number(), 0, 1).getFirst().id();
            attachments.keep(opened.number(), first, files, clock.instant());
        }
        return opened;
    }

    /** Adds the customer's reply that came by mail, with its files. */
    TicketMessage customerMail(
            long number,
            String text,
            String html,
            String shownText,
            long inbound,
            List<AttachmentIntake.Incoming> files) {
        TicketMessage message = tickets.customerReply(number, TicketChannel.EMAIL, text, html, shownText);
        messages.fromMail(message.id(), shownText, inbound);
        attachments.keep(number, message.id(), files, clock.instant());
        return message;
    }
}
