/** Inside the segment module: rules checked, stored as JSON and compiled to SQL, and what kinds of data they read. */
package app.cairn.segment.internal.rules;
