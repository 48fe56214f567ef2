package io.transitplanner.domain;

/**
 * Which slice of a listing ordered by id to read.
 *
 * @param afterId seek paging: only items with a greater id ({@code null} from the start); the recommended way, as fast
 *     deep in a listing as on its first page
 * @param page offset paging, from 0 ({@code null} with {@code afterId}); kept for older clients
 * @param count whether to count every matching item as well (a cost that grows with the listing)
 */
public record PageRequest(Long afterId, Integer page, int size, boolean count) {

    public static PageRequest first(int size) {
        return new PageRequest(null, null, size, false);
    }

    /** How many items to skip before the first of the page. */
    public long offset() {
        return page == null ? 0 : (long) page * size;
    }
}
