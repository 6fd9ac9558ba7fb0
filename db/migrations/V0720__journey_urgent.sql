-- The engine's fast lane. An enrolment someone is waiting on now (an event's entry or wake-up, a segment entry as it
-- happens, a customer enrolled by hand or through the API) is marked with the time it became urgent, and the
-- tickers take these before the ordinary due steps, so a backlog of a million ended waits does not hold it up.
-- The column is null for every other enrolment, so moving those (due_at changes on every step) never touches this
-- index; the engine clears the mark when it takes the step.
ALTER TABLE journey_enrolment
    ADD COLUMN urgent_at DATETIME(6) NULL,
    ADD INDEX ix_journey_enrolment_urgent (urgent_at);
