/**
 * Support e-mail: mailboxes read over IMAP, mail taken in once by its Message-ID, threading of replies to their
 * ticket, mail that must never be answered (auto-replies, bounces, lists), quoted history, and agents' replies
 * sent through messaging's outbox.
 */
package app.cairn.support.internal.mail;
