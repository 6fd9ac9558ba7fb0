/** Inside the journey module: what journeys name (for archive and delete) and keep per customer (for erasure). */
package app.cairn.journey.internal.references;
