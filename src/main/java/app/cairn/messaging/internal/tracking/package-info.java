/** Inside the messaging module: signed links, opens and clicks, the public unsubscribe and preference pages. */
package app.cairn.messaging.internal.tracking;
