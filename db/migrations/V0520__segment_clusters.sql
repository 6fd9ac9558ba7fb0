-- Customer clusters: k-means over each customer's standardised RFM and order figures. A customer's cluster sits
-- beside the RFM scores it is worked out from (both are replaced together); the last clustering's summary and
-- each cluster's typical figures and plain-word traits are kept for the clusters page.
ALTER TABLE customer_rfm
    ADD COLUMN first_order_at DATETIME(6) NULL AFTER customer_id,
    ADD COLUMN cluster TINYINT NULL;

CREATE TABLE customer_clustering (
    id          TINYINT      NOT NULL,
    computed_at DATETIME(6)  NOT NULL,
    customers   INT          NOT NULL,
    k           INT          NOT NULL,
    silhouette  DOUBLE       NOT NULL,
    candidates  VARCHAR(400) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_customer_clustering_single CHECK (id = 1)
) ENGINE = InnoDB;

CREATE TABLE customer_cluster (
    cluster       TINYINT       NOT NULL,
    customers     INT           NOT NULL,
    recency_days  DOUBLE        NOT NULL,
    orders        DOUBLE        NOT NULL,
    spend         DECIMAL(16,2) NOT NULL,
    average_order DECIMAL(16,2) NOT NULL,
    tenure_days   DOUBLE        NOT NULL,
    traits        VARCHAR(200)  NOT NULL,
    PRIMARY KEY (cluster)
) ENGINE = InnoDB;
