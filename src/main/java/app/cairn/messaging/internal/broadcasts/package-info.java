/** Inside the messaging module: broadcasts queued by the ticker, their audiences, reports and conversions. */
package app.cairn.messaging.internal.broadcasts;
