-- Members in the order they entered, for journeys that enrol a segment's new members: they read the entries of
-- the last minutes page by page instead of the whole segment.
CREATE INDEX ix_segment_member_entered ON segment_member (segment_id, entered_at, customer_id);
