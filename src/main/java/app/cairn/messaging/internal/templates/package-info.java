/** Inside the messaging module: templates kept, sandboxed, frozen for sending and rendered with merge values. */
package app.cairn.messaging.internal.templates;
