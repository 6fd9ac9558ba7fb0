package app.cairn.search.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;
import org.hibernate.search.engine.backend.metamodel.IndexDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldTypeDescriptor;

/**
 * A short digest of what an index holds: every field with its type, traits and analyser, and the version of the
 * text preparation done before the backend ({@link #TEXT_VERSION}). An index built with another digest is built
 * again.
 */
final class MappingFingerprint {

    /**
     * Raised whenever {@code SearchText} changes how text is prepared (language rules, segmentation), or a field
     * option the descriptor does not show changes (term vectors): 2 stores offsets of the shown ticket text.
     */
    static final int TEXT_VERSION = 2;

    private MappingFingerprint() {}

    static String of(IndexDescriptor index) {
        TreeSet<String> lines = new TreeSet<>();
        for (IndexFieldDescriptor field : index.staticFields()) {
            lines.add(describe(field));
        }
        StringBuilder all = new StringBuilder("text-version=" + TEXT_VERSION + "\n");
        lines.forEach(line -> all.append(line).append('\n'));
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String describe(IndexFieldDescriptor field) {
        if (!field.isValueField()) {
            return field.absolutePath() + " object multi=" + field.multiValued();
        }
        IndexValueFieldTypeDescriptor type = field.toValueField().type();
        return "%s %s search=%s sort=%s project=%s aggregate=%s analyzer=%s normalizer=%s multi=%s"
                .formatted(
                        field.absolutePath(),
                        type.valueClass().getName(),
                        type.searchable(),
                        type.sortable(),
                        type.projectable(),
                        type.aggregable(),
                        type.analyzerName().orElse("-") + "/"
                                + type.searchAnalyzerName().orElse("-"),
                        type.normalizerName().orElse("-"),
                        field.multiValued());
    }
}
