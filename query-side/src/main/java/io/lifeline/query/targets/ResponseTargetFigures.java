package io.lifeline.query.targets;

/**
 * The response clocks of one group that started in a range: the group's kind, and its priority or
 * context (null when the group is the kind's total); how many started, were met, were missed,
 * stopped unanswered by a resolution or closing, and still run.
 */
record ResponseTargetFigures(String kind, String priority, String context, long started, long met, long missed,
                             long stopped, long running) {}
