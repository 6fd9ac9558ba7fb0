package app.cairn.support;

import app.cairn.testing.OnOpenSearch;

/** The ticket searches of {@link TicketSearchTest}, on the Elasticsearch/OpenSearch backend. */
@OnOpenSearch
class TicketSearchOnOpenSearchTest extends TicketSearchTest {}
