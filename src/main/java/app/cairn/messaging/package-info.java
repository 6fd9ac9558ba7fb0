/**
 * E-mail messaging: templates with merge fields, sender identities and SMTP settings, broadcasts to segments, the
 * outbox every message is sent from (exactly one row per message, drained by sender workers), signed open and
 * click tracking, unsubscribe and the preference centre, bounces and the suppression list, and per-broadcast
 * reports. Reads customers, segments and products only through their modules' APIs.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Messaging",
        allowedDependencies = {"customer", "commerce", "segment", "shared"})
package app.cairn.messaging;
