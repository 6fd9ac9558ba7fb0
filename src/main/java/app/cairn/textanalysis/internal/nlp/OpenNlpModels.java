package app.cairn.textanalysis.internal.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads OpenNLP's pre-trained models from the class path, where their Maven Central artefacts put them. */
final class OpenNlpModels {

    static final String LANGUAGES = "/langdetect-183.bin";
    static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String PARTS_OF_SPEECH = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private OpenNlpModels() {}

    interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    static <T> T load(String resource, Reader<T> reader) {
        try (InputStream in = OpenNlpModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the OpenNLP model " + resource + " is missing from the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the OpenNLP model " + resource, e);
        }
    }
}
