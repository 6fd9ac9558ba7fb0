-- Targets of their own for the customers of one segment (such as VIP), per priority; a priority without a row
-- here has the general targets.
CREATE TABLE support_sla_segment_target (
    segment_id              BIGINT     NOT NULL,
    priority                VARCHAR(8) NOT NULL,
    first_response_minutes  INT        NULL,
    next_response_minutes   INT        NULL,
    resolution_minutes      INT        NULL,
    PRIMARY KEY (segment_id, priority)
) ENGINE = InnoDB;
