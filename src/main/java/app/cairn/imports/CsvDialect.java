package app.cairn.imports;

import java.nio.charset.Charset;

/**
 * How a CSV file is written, as detected from its bytes.
 *
 * @param bomLength bytes of byte-order mark at the start (skipped when reading)
 * @param encoding how sure the charset is
 */
public record CsvDialect(Charset charset, int bomLength, char delimiter, Encoding encoding) {

    /** How the charset was found. */
    public enum Encoding {
        /** The file starts with a byte-order mark. */
        MARKED,
        /** Every byte sequence is valid UTF-8. */
        VALID_UTF8,
        /** Not UTF-8: the charset the detector tells from the bytes, a guess the person importing should check. */
        DETECTED,
        /** Not UTF-8 and the detector could not tell: read as Windows-1252, which the person must check. */
        UNKNOWN,
        /** Chosen by the person importing. */
        CHOSEN
    }
}
