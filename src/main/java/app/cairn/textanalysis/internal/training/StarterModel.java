package app.cairn.textanalysis.internal.training;

import app.cairn.textanalysis.ModelFigures;
import app.cairn.textanalysis.ModelTask;
import app.cairn.textanalysis.internal.model.LinearModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/**
 * A starter model shipped in the product: what it was trained on and how it measured
 * ({@code textanalysis/models/<task>.json}), beside its weights ({@code <task>.model}).
 *
 * @param task what it tells
 * @param trainedOn its training data and their licences
 * @param trainingTexts how many texts it was trained on
 * @param testTexts how many texts its figures come from
 * @param figures how it measured
 */
public record StarterModel(ModelTask task, String trainedOn, int trainingTexts, int testTexts, ModelFigures figures) {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The task's starter model's description, from the class path. */
    public static StarterModel of(ModelTask task) {
        try (InputStream in = resource(task, ".json")) {
            return JSON.readValue(in, StarterModel.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The starter model's serialised weights. */
    public static byte[] weights(ModelTask task) {
        try (InputStream in = resource(task, ".model")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The starter model itself. */
    public static LinearModel model(ModelTask task) {
        try (InputStream in = resource(task, ".model")) {
            return LinearModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(ModelTask task, String suffix) {
        String name = "/textanalysis/models/" + task.name().toLowerCase(Locale.ROOT) + suffix;
        InputStream in = StarterModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the starter model " + name + " is missing from the build");
        }
        return in;
    }
}
