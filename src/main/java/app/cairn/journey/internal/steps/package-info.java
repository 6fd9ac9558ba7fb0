/** Inside the journey module: what each kind of step does to the walks at it (branch, wait, send, goal …). */
package app.cairn.journey.internal.steps;
