/** Inside the segment module: what in it names another segment, for archive and delete. */
package app.cairn.segment.internal.references;
