package app.cairn.search.internal;

import app.cairn.testing.OnOpenSearch;

/** The queue's once-only indexing of {@link IndexQueueTest}, on the Elasticsearch/OpenSearch backend. */
@OnOpenSearch
class IndexQueueOnOpenSearchTest extends IndexQueueTest {}
