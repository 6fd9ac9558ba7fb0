package app.cairn.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Reads CSV files of any common dialect with Apache Commons CSV: the charset from a byte-order mark or, failing
 * that, UTF-8 when every byte sequence is valid UTF-8, and otherwise the one Mozilla's detector tells from the bytes
 * (GB18030, Big5, Shift_JIS, Windows-1252…), said to be a guess; the delimiter as the one of
 * {@code , ; TAB |} that splits the first lines into the most consistent number of columns.
 */
final class CsvFiles {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final int SAMPLE_LINES = 50;
    private static final int DETECTION_BYTES = 1 << 20;

    private CsvFiles() {}

    static CsvDialect detect(Path file) throws IOException {
        Charset charset = bomCharset(file);
        int bom = 0;
        CsvDialect.Encoding encoding;
        if (charset != null) {
            bom = bomLength(file, charset);
            encoding = CsvDialect.Encoding.MARKED;
        } else if (isUtf8(file)) {
            charset = StandardCharsets.UTF_8;
            encoding = CsvDialect.Encoding.VALID_UTF8;
        } else {
            Charset detected = detected(file);
            charset = detected == null ? WINDOWS_1252 : detected;
            encoding = detected == null ? CsvDialect.Encoding.UNKNOWN : CsvDialect.Encoding.DETECTED;
        }
        return new CsvDialect(charset, bom, delimiter(sample(file, charset, bom)), encoding);
    }

    /** The charset Mozilla's detector tells from the file's first bytes; null when it cannot tell. */
    private static Charset detected(Path file) throws IOException {
        UniversalDetector detector = new UniversalDetector();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            int read = 0;
            while (read < DETECTION_BYTES && (n = in.read(buffer)) > 0 && !detector.isDone()) {
                detector.handleData(buffer, 0, n);
                read += n;
            }
        }
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        try {
            return name == null || !Charset.isSupported(name) ? null : Charset.forName(name);
        } catch (IllegalArgumentException unknownName) {
            return null;
        }
    }

    /** The length of the byte-order mark the file starts with, if it is the charset's; else 0. */
    static int bomLength(Path file, Charset charset) throws IOException {
        return charset.equals(bomCharset(file)) ? (charset.equals(StandardCharsets.UTF_8) ? 3 : 2) : 0;
    }

    private static Charset bomCharset(Path file) throws IOException {
        byte[] head = new byte[3];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 3);
        }
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** A reader that refuses bytes that are not valid in the charset (rather than guessing characters). */
    static Reader open(InputStream in, Charset charset, int bomLength) throws IOException {
        in.skipNBytes(bomLength);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }

    static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(false)
                .setTrim(false)
                .get();
    }

    /** The file's first lines (at most 50) as text. */
    static String sample(Path file, Charset charset, int bomLength) throws IOException {
        StringBuilder text = new StringBuilder();
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(bomLength);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset));
            String line;
            for (int i = 0; i < SAMPLE_LINES && (line = reader.readLine()) != null; i++) {
                text.append(line).append('\n');
            }
        }
        return text.toString();
    }

    /** The first records of a sample (a broken record ends the list). */
    static List<List<String>> records(String sample, char delimiter, int max) {
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(sample), format(delimiter))) {
            for (CSVRecord record : parser) {
                if (records.size() >= max) {
                    break;
                }
                records.add(record.toList());
            }
        } catch (IOException | UncheckedIOException broken) {
            // the sample may end inside a quoted value, or a row is broken: show what could be read
        }
        return records;
    }

    private static char delimiter(String sample) {
        char best = ',';
        int bestScore = 0;
        for (char candidate : DELIMITERS) {
            List<List<String>> records = records(sample, candidate, SAMPLE_LINES);
            Map<Integer, Integer> widths = new HashMap<>();
            records.forEach(r -> widths.merge(r.size(), 1, Integer::sum));
            int score = widths.entrySet().stream()
                    .filter(e -> e.getKey() > 1)
                    .mapToInt(e -> e.getValue() * 1000 + e.getKey())
                    .max()
                    .orElse(0);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (var channel = Files.newByteChannel(file)) {
            boolean end = false;
            while (!end) {
                end = channel.read(in) < 0;
                in.flip();
                if (decoder.decode(in, out, end).isError()) {
                    return false;
                }
                out.clear();
                in.compact();
            }
            return true;
        }
    }
}
