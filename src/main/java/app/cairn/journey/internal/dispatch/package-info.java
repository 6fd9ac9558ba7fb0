/** Inside the journey module: text messages and webhook calls sent after their step committed, with retries. */
package app.cairn.journey.internal.dispatch;
