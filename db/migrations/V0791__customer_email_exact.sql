-- A customer's e-mail address is their identity, exact after the documented normalisation (trimmed, lower-cased):
-- compared byte for byte, so café@ and cafe@, straße@ and strasse@ are different customers. The table's
-- accent- and ß-insensitive collation made them one, and an update for one overwrote the other.
ALTER TABLE customer
    MODIFY email VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    MODIFY live_email VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin
        GENERATED ALWAYS AS (CASE WHEN merged_into_id IS NULL THEN email END) STORED;
