package app.cairn.imports;

import java.util.List;

/**
 * What Cairn made of an uploaded file before importing it.
 *
 * @param header the column names of the first row
 * @param preview the first rows after the header (at most ten)
 * @param settings the settings to start from: those saved for this header, else detected and guessed ones
 * @param remembered whether the settings are a mapping saved for files with this header
 * @param encoding how the file's encoding was found: the page asks the person to check a guessed one
 */
public record FileInspection(
        String fileName,
        List<String> header,
        List<List<String>> preview,
        ImportSettings settings,
        boolean remembered,
        CsvDialect.Encoding encoding) {}
