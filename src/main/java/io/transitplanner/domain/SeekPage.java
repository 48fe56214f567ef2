package io.transitplanner.domain;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing ordered by id.
 *
 * @param page the offset page number when asked by page, else {@code null}
 * @param total how many items match in all, when asked for; else {@code null}
 * @param nextAfterId the id to seek after for the next page; {@code null} on the last page
 */
public record SeekPage<T>(List<T> items, Integer page, int size, Long total, Long nextAfterId) {
    public SeekPage {
        items = List.copyOf(items);
    }

    public <R> SeekPage<R> map(Function<T, R> mapper) {
        return new SeekPage<>(items.stream().map(mapper).toList(), page, size, total, nextAfterId);
    }
}
