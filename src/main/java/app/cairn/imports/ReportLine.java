package app.cairn.imports;

import app.cairn.imports.Problem.Severity;

/** A problem of an import as the report shows it: the message is in the words of the person who ran it. */
public record ReportLine(long row, String column, String value, Severity severity, String message) {}
