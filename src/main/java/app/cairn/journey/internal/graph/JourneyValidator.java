package app.cairn.journey.internal.graph;

import app.cairn.journey.JourneyEdge;
import app.cairn.journey.JourneyGraph;
import app.cairn.journey.JourneyNode;
import app.cairn.journey.JourneyProblem;
import app.cairn.journey.NodeType;
import app.cairn.journey.step.StepSettings;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What stands between a drawn journey and publishing it: exactly one entry; every connection from a real output
 * to a known step other than an entry, one per output; every output of every step connected (exits have none);
 * every step reachable from the entry; required settings filled and readable (durations, weekdays, times of
 * day), and a split's percentages adding up to 100; and
 * no loop that a customer could go round without waiting.
 */
public final class JourneyValidator {

    private JourneyValidator() {}

    public static List<JourneyProblem> problems(JourneyGraph graph) {
        List<JourneyProblem> problems = new ArrayList<>();
        Map<String, JourneyNode> nodes = new HashMap<>();
        for (JourneyNode node : graph.nodes()) {
            if (nodes.putIfAbsent(node.id(), node) != null) {
                problems.add(new JourneyProblem(node.id(), "journey.problem.duplicate-id", null));
            }
        }
        entries(graph, problems);
        Map<String, List<String>> next = connections(graph, nodes, problems);
        for (JourneyNode node : nodes.values()) {
            problems.addAll(StepSettings.problems(node));
            for (String output : node.outputs()) {
                if (graph.edges().stream()
                        .noneMatch(e -> e.from().equals(node.id()) && e.output().equals(output))) {
                    problems.add(new JourneyProblem(node.id(), "journey.problem.output-unconnected", output));
                }
            }
        }
        List<JourneyNode> entries = graph.entries();
        if (entries.size() == 1) {
            Set<String> reached = reachable(entries.getFirst().id(), next);
            nodes.keySet().stream()
                    .filter(id -> !reached.contains(id))
                    .sorted()
                    .forEach(id -> problems.add(new JourneyProblem(id, "journey.problem.unreachable", null)));
        }
        for (Set<String> loop : loops(nodes.keySet(), next)) {
            if (loop.stream().noneMatch(id -> nodes.get(id).type().kind() == NodeType.Kind.WAIT)) {
                loop.stream()
                        .sorted()
                        .forEach(id -> problems.add(new JourneyProblem(id, "journey.problem.loop-without-wait", null)));
            }
        }
        return problems;
    }

    private static void entries(JourneyGraph graph, List<JourneyProblem> problems) {
        List<JourneyNode> entries = graph.entries();
        if (entries.isEmpty()) {
            problems.add(new JourneyProblem(null, "journey.problem.no-entry", null));
        }
        entries.stream()
                .skip(1)
                .forEach(e -> problems.add(new JourneyProblem(e.id(), "journey.problem.second-entry", null)));
    }

    private static Map<String, List<String>> connections(
            JourneyGraph graph, Map<String, JourneyNode> nodes, List<JourneyProblem> problems) {
        Map<String, List<String>> next = new HashMap<>();
        Set<String> usedOutputs = new HashSet<>();
        for (JourneyEdge edge : graph.edges()) {
            JourneyNode from = nodes.get(edge.from());
            JourneyNode to = nodes.get(edge.to());
            if (from == null || to == null) {
                problems.add(new JourneyProblem(edge.from(), "journey.problem.unknown-step", edge.to()));
            } else if (!from.outputs().contains(edge.output())) {
                problems.add(new JourneyProblem(from.id(), "journey.problem.unknown-output", edge.output()));
            } else if (to.type().kind() == NodeType.Kind.ENTRY) {
                problems.add(new JourneyProblem(to.id(), "journey.problem.into-entry", null));
            } else if (!usedOutputs.add(edge.from() + "\u0000" + edge.output())) {
                problems.add(new JourneyProblem(from.id(), "journey.problem.output-used-twice", edge.output()));
            } else {
                next.computeIfAbsent(edge.from(), id -> new ArrayList<>()).add(edge.to());
            }
        }
        return next;
    }

    private static Set<String> reachable(String entry, Map<String, List<String>> next) {
        Set<String> reached = new HashSet<>(Set.of(entry));
        Deque<String> queue = new ArrayDeque<>(List.of(entry));
        while (!queue.isEmpty()) {
            for (String to : next.getOrDefault(queue.poll(), List.of())) {
                if (reached.add(to)) {
                    queue.add(to);
                }
            }
        }
        return reached;
    }

    /** The strongly connected components that are loops: more than one step, or a step leading to itself. */
    private static List<Set<String>> loops(Set<String> ids, Map<String, List<String>> next) {
        return new Loops(next).find(ids);
    }

    /** Tarjan's algorithm for strongly connected components. */
    private static final class Loops {
        private final Map<String, List<String>> next;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new HashSet<>();
        private final List<Set<String>> loops = new ArrayList<>();
        private int counter;

        Loops(Map<String, List<String>> next) {
            this.next = next;
        }

        List<Set<String>> find(Set<String> ids) {
            ids.stream().sorted().filter(id -> !index.containsKey(id)).forEach(this::visit);
            return loops;
        }

        private void visit(String id) {
            index.put(id, counter);
            low.put(id, counter);
            counter++;
            stack.push(id);
            onStack.add(id);
            for (String to : next.getOrDefault(id, List.of())) {
                if (!index.containsKey(to)) {
                    visit(to);
                    low.put(id, Math.min(low.get(id), low.get(to)));
                } else if (onStack.contains(to)) {
                    low.put(id, Math.min(low.get(id), index.get(to)));
                }
            }
            if (low.get(id).equals(index.get(id))) {
                Set<String> component = new LinkedHashSet<>();
                String member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.add(member);
                } while (!member.equals(id));
                if (component.size() > 1 || next.getOrDefault(id, List.of()).contains(id)) {
                    loops.add(component);
                }
            }
        }
    }
}
