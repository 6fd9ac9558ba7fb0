/** The returns module's tables. */
package app.cairn.returns.internal;
