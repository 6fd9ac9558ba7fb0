package app.cairn.textanalysis.internal.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Stratified folds and hold-out splits with a fixed seed, so every run scores the same texts. */
public final class Splits {

    private Splits() {}

    /**
     * The fold (0 to {@code k - 1}) of each text: each label's texts shuffled with the seed and dealt round the folds,
     * so every fold has each label in proportion.
     */
    public static int[] folds(List<LabelledText> texts, int k, long seed) {
        int[] fold = new int[texts.size()];
        int next = 0;
        for (List<Integer> members : byLabel(texts, seed).values()) {
            for (int index : members) {
                fold[index] = next++ % k;
            }
        }
        return fold;
    }

    /** Whether each text is held out for testing: the given share of each label, chosen with the seed. */
    public static boolean[] holdOut(List<LabelledText> texts, double share, long seed) {
        boolean[] test = new boolean[texts.size()];
        for (List<Integer> members : byLabel(texts, seed).values()) {
            int held = (int) Math.round(members.size() * share);
            for (int i = 0; i < held; i++) {
                test[members.get(i)] = true;
            }
        }
        return test;
    }

    private static Map<String, List<Integer>> byLabel(List<LabelledText> texts, long seed) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            groups.computeIfAbsent(texts.get(i).label(), label -> new ArrayList<>())
                    .add(i);
        }
        Random random = new Random(seed);
        groups.values().forEach(members -> Collections.shuffle(members, random));
        return groups;
    }
}
