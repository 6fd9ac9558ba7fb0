/** Attachments and raw e-mails: kept as files outside the database, listed in it, served only to support staff. */
package app.cairn.support.internal.files;
