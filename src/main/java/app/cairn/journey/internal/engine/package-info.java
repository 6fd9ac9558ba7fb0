/**
 * Inside the journey module: the engine — enrolments, walks claimed and moved a batch at a time, the published
 * plans, wait times in each customer's zone, and the journey tables.
 */
package app.cairn.journey.internal.engine;
