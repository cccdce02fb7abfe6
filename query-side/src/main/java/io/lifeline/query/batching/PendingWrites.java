package io.lifeline.query.batching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements one processor batch has written and not yet sent, grouped so that each group is
 * one SQL text and one JDBC batch. A statement joins the earliest group of its SQL that comes after
 * the last statement of its key, so every key's statements still run in the order they were written;
 * statements of different keys touch different rows (a projection keys them by conversation), so
 * their relative order does not matter. A statement without a key keeps its place among all others.
 * Rows held in memory ({@link HeldRows}) are kept by key beside the statements, in the order they were held.
 */
final class PendingWrites {
    private final List<Group> groups = new ArrayList<>();
    private final Map<String, List<Integer>> groupsBySql = new HashMap<>();
    private final Map<Object, Integer> lastGroupOfKey = new HashMap<>();
    private final Map<Object, HeldRows> held = new LinkedHashMap<>();
    /** No statement may go before the group of the last statement written without a key. */
    private int floor = -1;
    private int size;

    record Group(String sql, List<Object[]> rows) {}

    /** {@code key} is one key, a collection of keys (a statement that touches several row sets), or null. */
    void add(String sql, Object key, Object[] args) {
        int after = key == null ? groups.size() - 1 : floor;
        if (key instanceof Collection<?> keys) {
            for (Object one : keys) {
                after = Math.max(after, lastGroupOfKey.getOrDefault(one, -1));
            }
        } else if (key != null) {
            after = Math.max(after, lastGroupOfKey.getOrDefault(key, -1));
        }
        int index = firstGroupOf(sql, Math.max(after, 0));
        if (index < 0) {
            index = groups.size();
            groups.add(new Group(sql, new ArrayList<>()));
            groupsBySql.computeIfAbsent(sql, s -> new ArrayList<>()).add(index);
        }
        groups.get(index).rows().add(args);
        if (key == null) {
            floor = index;
        } else if (key instanceof Collection<?> keys) {
            for (Object one : keys) {
                lastGroupOfKey.put(one, index);
            }
        } else {
            lastGroupOfKey.put(key, index);
        }
        size++;
    }

    /** The first group of this SQL at or after {@code from}, or -1. */
    private int firstGroupOf(String sql, int from) {
        List<Integer> indexes = groupsBySql.get(sql);
        if (indexes == null) {
            return -1;
        }
        for (int index : indexes) {
            if (index >= from) {
                return index;
            }
        }
        return -1;
    }

    void hold(Object key, HeldRows rows) {
        held.put(key, rows);
    }

    HeldRows held(Object key) {
        return held.isEmpty() ? null : held.get(key);
    }

    /** The held rows of this key, no longer held; null if there are none. */
    HeldRows release(Object key) {
        return held.isEmpty() ? null : held.remove(key);
    }

    /** Every key's held rows in the order they were held, no longer held. */
    List<HeldRows> releaseAll() {
        if (held.isEmpty()) {
            return List.of();
        }
        List<HeldRows> released = List.copyOf(held.values());
        held.clear();
        return released;
    }

    boolean isEmpty() {
        return size == 0 && held.isEmpty();
    }

    int size() {
        return size;
    }

    /** The groups in the order they must run; the statements are gone afterwards (held rows are not: release them first). */
    List<Group> drain() {
        List<Group> drained = List.copyOf(groups);
        groups.clear();
        groupsBySql.clear();
        lastGroupOfKey.clear();
        floor = -1;
        size = 0;
        return drained;
    }
}
