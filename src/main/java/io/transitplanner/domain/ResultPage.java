package io.transitplanner.domain;

import java.util.List;
import java.util.function.Function;

/** One page of a longer listing: the items, which page (from 0), its size and how many items there are in all. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {
    public ResultPage {
        items = List.copyOf(items);
    }

    public <R> ResultPage<R> map(Function<T, R> mapper) {
        return new ResultPage<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
