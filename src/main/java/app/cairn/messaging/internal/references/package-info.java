/** Inside the messaging module: what broadcasts name (archive and delete) and keep per customer (erasure). */
package app.cairn.messaging.internal.references;
