/** Inside the segment module: the rebuild ticker and rebuilds asked for on a segment's page (Quartz). */
package app.cairn.segment.internal.schedule;
