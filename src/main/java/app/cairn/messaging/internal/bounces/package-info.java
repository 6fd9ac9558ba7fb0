/** Inside the messaging module: the bounce mailbox read and parsed, and the suppression list. */
package app.cairn.messaging.internal.bounces;
