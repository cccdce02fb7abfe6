package io.lifeline.query.batching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements one processor batch has written and not yet sent, grouped so that each group is
 * one SQL text and one JDBC batch. A statement joins the earliest group of its SQL that comes after
 * the last statement of its key, so every key's statements still run in the order they were written;
 * statements of different keys touch different rows (a projection keys them by conversation), so
 * their relative order does not matter. A statement without a key keeps its place among all others.
 */
final class PendingWrites {
    private final List<Group> groups = new ArrayList<>();
    private final Map<String, List<Integer>> groupsBySql = new HashMap<>();
    private final Map<Object, Integer> lastGroupOfKey = new HashMap<>();
    /** No statement may go before the group of the last statement written without a key. */
    private int floor = -1;
    private int size;

    record Group(String sql, List<Object[]> rows) {}

    void add(String sql, Object key, Object[] args) {
        int after = key == null ? groups.size() - 1 : Math.max(floor, lastGroupOfKey.getOrDefault(key, -1));
        int index = firstGroupOf(sql, Math.max(after, 0));
        if (index < 0 || index < after) {
            index = groups.size();
            groups.add(new Group(sql, new ArrayList<>()));
            groupsBySql.computeIfAbsent(sql, s -> new ArrayList<>()).add(index);
        }
        groups.get(index).rows().add(args);
        if (key == null) {
            floor = index;
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

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** The groups in the order they must run; the buffer is empty afterwards. */
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
