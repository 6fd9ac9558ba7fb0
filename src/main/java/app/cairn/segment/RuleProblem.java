package app.cairn.segment;

import java.util.List;

/**
 * What is wrong with one part of a rule.
 *
 * @param path where: the positions of the group members leading to it, from 1, joined by dots ("2.1" is the
 *     first rule of the second rule); empty for the whole rule
 * @param messageKey the message, a translation key
 * @param arguments the message's arguments
 */
public record RuleProblem(String path, String messageKey, List<Object> arguments) {

    public RuleProblem {
        arguments = List.copyOf(arguments);
    }

    public static RuleProblem at(String path, String messageKey, Object... arguments) {
        return new RuleProblem(path, messageKey, List.of(arguments));
    }
}
