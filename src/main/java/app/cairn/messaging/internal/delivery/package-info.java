/**
 * Inside the messaging module: the outbox and its senders, the sending rules (consent, cap, quiet hours, rate),
 * the SMTP connection and its status, senders and settings.
 */
package app.cairn.messaging.internal.delivery;
