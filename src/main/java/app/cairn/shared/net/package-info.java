/** Rules for calls the server makes to addresses staff wrote (webhooks): which hosts it may reach. */
package app.cairn.shared.net;
