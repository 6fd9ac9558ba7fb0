package app.cairn.imports;

import app.cairn.shared.WriteOutcome;

/** The running counts of an import. */
final class ImportCounts {

    long bytesRead;
    long rowsRead;
    long rowsFailed;
    long warnings;
    long created;
    long updated;
    long unchanged;
    long merged;
    long newCustomers;

    void count(WriteOutcome outcome) {
        switch (outcome) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
            case MERGED -> merged++;
            case CONFLICT -> {
                // a conflict is reported as a row error by the sink
            }
        }
    }
}
