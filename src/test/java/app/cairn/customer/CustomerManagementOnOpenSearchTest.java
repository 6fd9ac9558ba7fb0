package app.cairn.customer;

import app.cairn.testing.OnOpenSearch;

/** The customer list and its search of {@link CustomerManagementTest}, on the Elasticsearch/OpenSearch backend. */
@OnOpenSearch
class CustomerManagementOnOpenSearchTest extends CustomerManagementTest {}
