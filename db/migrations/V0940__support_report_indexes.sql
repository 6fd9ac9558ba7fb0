-- The support report reads tickets, SLA clocks and survey answers by time range.
CREATE INDEX ix_ticket_created ON ticket (created_at);
CREATE INDEX ix_ticket_solved ON ticket (solved_at);
CREATE INDEX ix_ticket_first_response ON ticket (first_response_at);
CREATE INDEX ix_ticket_sla_breached ON ticket_sla (breached_at);
CREATE INDEX ix_ticket_csat_answered ON ticket_csat (answered_at);
