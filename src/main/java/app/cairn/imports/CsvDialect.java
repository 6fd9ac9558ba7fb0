package app.cairn.imports;

import java.nio.charset.Charset;

/**
 * How a CSV file is written, as detected from its bytes.
 *
 * @param bomLength bytes of byte-order mark at the start (skipped when reading)
 */
public record CsvDialect(Charset charset, int bomLength, char delimiter) {}
