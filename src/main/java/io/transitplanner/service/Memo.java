package io.transitplanner.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A small least-recently-used memo: each value is computed once per key, even when several requests ask for it at
 * the same moment (the later ones wait for the first), and a computation that fails is forgotten.
 */
final class Memo<K, V> {
    private final int capacity;
    private final LinkedHashMap<K, FutureTask<V>> entries;

    Memo(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, FutureTask<V>> eldest) {
                return size() > Memo.this.capacity;
            }
        };
    }

    V get(K key, Supplier<V> compute) {
        FutureTask<V> task;
        boolean mine = false;
        synchronized (entries) {
            task = entries.get(key);
            if (task == null) {
                task = new FutureTask<>(compute::get);
                entries.put(key, task);
                mine = true;
            }
        }
        if (mine) {
            task.run();
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a computation", e);
        } catch (ExecutionException e) {
            synchronized (entries) {
                entries.remove(key, task);
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
