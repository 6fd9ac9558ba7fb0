/** Quartz scheduling: the clustered JDBC job store and its health. */
package app.cairn.platform.scheduling;
