/**
 * Durable events between modules: Spring Modulith's JDBC publication registry, the threads that handle events after
 * their transaction committed, and the resubmission of publications a dead node or a failed handler left behind.
 */
package app.cairn.platform.events;
