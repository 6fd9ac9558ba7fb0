/** Inside the journey module: a drawn journey checked before publishing — its shape and what it refers to. */
package app.cairn.journey.internal.graph;
