package app.cairn.support;

import app.cairn.testing.OnOpenSearch;

/** Deep paging and near-real-time search of {@link TicketSearchPagingTest}, on the Elasticsearch/OpenSearch backend. */
@OnOpenSearch
class TicketSearchPagingOnOpenSearchTest extends TicketSearchPagingTest {}
