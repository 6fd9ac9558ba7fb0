/** Inside the journey module: how customers enter — segment entries, dates, events and orders (triggers). */
package app.cairn.journey.internal.entries;
