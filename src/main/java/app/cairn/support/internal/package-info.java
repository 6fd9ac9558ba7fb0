/** The support module's tables: tickets, their messages and history, and groups. */
package app.cairn.support.internal;
