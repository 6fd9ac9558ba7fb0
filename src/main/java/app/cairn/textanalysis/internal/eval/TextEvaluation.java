package app.cairn.textanalysis.internal.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The evaluation command ({@code ./mvnw -Peval-text test-compile}). Without options it measures on the real data
 * in {@code CAIRN_EVAL_DATA} (default {@code ../shared/data}) and fails, saying so, when that folder is missing.
 * With {@code --file=texts.jsonl} it measures the same learner on that file instead: {@code --test=other.jsonl}
 * tests on a second file, {@code --folds=k} cross-validates, otherwise {@code --split=0.2} (the default) holds out
 * a stratified share.
 */
public final class TextEvaluation {

    private TextEvaluation() {}

    /** Runs the evaluation; arguments are {@code --name=value} options, anything else is ignored. */
    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        Map<String, String> options = options(args);
        try {
            String file = options.get("file");
            if (file == null) {
                SharedDataEvaluation.run(EvalData.in(EvalData.defaultFolder()), out);
                return;
            }
            Path path = existing(file, "--file");
            String test = options.get("test");
            FileEvaluation.Split split = new FileEvaluation.Split(
                    test == null ? null : existing(test, "--test"),
                    number(options.getOrDefault("folds", "0"), "--folds"),
                    share(options.getOrDefault("split", "0.2")));
            FileEvaluation.run(path, split, out);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 2 && equals < arg.length() - 1) {
                options.put(arg.substring(2, equals), arg.substring(equals + 1));
            }
        }
        return options;
    }

    private static Path existing(String value, String option) {
        Path path = Path.of(value);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException(option + ": no such file: " + path.toAbsolutePath());
        }
        return path;
    }

    private static int number(String value, String option) {
        try {
            int n = Integer.parseInt(value);
            if (n < 0 || n == 1 || n > 100) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    option + " must be a whole number of folds from 2 to 100, not \"" + value + "\"");
        }
    }

    private static double share(String value) {
        try {
            double share = Double.parseDouble(value);
            if (share <= 0 || share >= 1) {
                throw new NumberFormatException();
            }
            return share;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "--split must be a share between 0 and 1, e.g. 0.2, not \"" + value + "\"");
        }
    }
}
