package app.cairn.search;

import app.cairn.testing.OnOpenSearch;

/** The rebuild of {@link SearchIndexesTest}, on the Elasticsearch/OpenSearch backend. */
@OnOpenSearch
class SearchIndexesOnOpenSearchTest extends SearchIndexesTest {}
