package io.lifeline.standalone.console;

import java.util.ArrayList;
import java.util.List;

/** Text that would run if a page put it into HTML: each, when run, sets {@code window.pwned} to its number. */
final class ScriptPayloads {
    private static final List<String> SHAPES = List.of(
            "<script>window.pwned=%d</script>",
            "<img src=x onerror=\"window.pwned=%d\">",
            "\"><svg onload=window.pwned=%d>",
            "<iframe srcdoc=\"<script>parent.pwned=%d</script>\"></iframe>",
            "javascript:window.pwned=%d",
            "<a href=\"javascript:window.pwned=%d\">click</a>",
            "${window.pwned=%d}",
            "<details open ontoggle=window.pwned=%d>",
            "<style>@import 'x';</style><b onmouseover=window.pwned=%d>b</b>",
            "</textarea><script>window.pwned=%d</script>");

    private ScriptPayloads() {
    }

    /** {@code count} payloads, every shape in turn, each numbered. */
    static List<String> first(int count) {
        List<String> payloads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            payloads.add(SHAPES.get(i % SHAPES.size()).formatted(i + 1));
        }
        return payloads;
    }
}
