package app.cairn.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged local indexes are removed and forgotten before Hibernate Search opens them; sound ones are kept. */
class IndexHealerTest {

    @TempDir
    Path root;

    @Test
    void anIndexWithADamagedSegmentIsRemovedAndForgottenWhileASoundOneIsKept() throws IOException {
        LocalIndexState state = new LocalIndexState(root);
        write(root.resolve("tickets"));
        write(root.resolve("customers"));
        state.built("tickets", "abc");
        state.built("customers", "def");
        try (Stream<Path> files = Files.list(root.resolve("tickets"))) {
            Path segment = files.filter(f -> f.getFileName().toString().endsWith(".si"))
                    .findFirst()
                    .orElseThrow();
            Files.write(segment, new byte[] {1, 2, 3});
        }

        assertThat(IndexHealer.heal(root, state)).containsExactly("tickets");

        assertThat(root.resolve("tickets")).doesNotExist();
        assertThat(state.builtWith("tickets")).isEmpty();
        assertThat(root.resolve("customers")).isDirectory();
        assertThat(state.builtWith("customers")).contains("def");
    }

    @Test
    void anIndexFolderEmptiedByHandIsForgottenSoItIsBuiltAgain() throws IOException {
        LocalIndexState state = new LocalIndexState(root);
        Files.createDirectories(root.resolve("tickets"));
        state.built("tickets", "abc");

        assertThat(IndexHealer.heal(root, state)).isEmpty();

        assertThat(state.builtWith("tickets")).isEmpty();
    }

    private static void write(Path folder) throws IOException {
        try (var directory = FSDirectory.open(folder);
                var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document document = new Document();
            document.add(new TextField("text", "a parcel that never came", Field.Store.YES));
            writer.addDocument(document);
            writer.commit();
        }
    }
}
