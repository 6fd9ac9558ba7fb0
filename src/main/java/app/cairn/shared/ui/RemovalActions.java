package app.cairn.shared.ui;

import app.cairn.shared.Removal;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * How a list page removes and restores its rows, over its module's API.
 *
 * @param name the row's name, for the confirmation
 * @param id the row's id
 * @param plan what removing the row would do now
 * @param remove deletes or archives the row; throws {@link app.cairn.shared.RefusedException} when it may not
 * @param restore brings an archived row back
 */
public record RemovalActions<T>(
        Function<T, String> name,
        ToLongFunction<T> id,
        LongFunction<Removal> plan,
        LongConsumer remove,
        LongConsumer restore) {}
