package io.lifeline.query.satisfaction;

import java.util.List;

/**
 * The ratings of one group: its key (a staff id, team id or context kind; null for ratings with no
 * agent or team), how many, their average (null without ratings), and how many of each score, 1 to 5.
 */
record SatisfactionGroup(String key, long ratings, Double average, List<Long> scores) {
    SatisfactionGroup {
        scores = List.copyOf(scores);
    }
}
