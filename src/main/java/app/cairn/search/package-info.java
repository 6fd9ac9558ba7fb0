/**
 * Full-text search over what other modules index: the backend (Lucene on local disk, or Elasticsearch/OpenSearch
 * for several nodes), the analysers every index shares, the queue that feeds the index exactly once from committed
 * changes, and the index's upkeep (built when missing, rebuilt on request, healed when damaged). Modules own their
 * indexed entities and queries; this module knows none of them by name.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Search",
        allowedDependencies = {"shared"})
package app.cairn.search;
