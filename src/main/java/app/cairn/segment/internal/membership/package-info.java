/**
 * Inside the segment module: the segment tables, memberships worked out in rebuilds and in real time, lists kept
 * by hand, and what a deleted customer leaves behind.
 */
package app.cairn.segment.internal.membership;
