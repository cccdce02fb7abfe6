package io.lifeline.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The console's files as a browser gets them through the edge: public, under the browser files' strict policy. */
class ConsoleFilesIT {
    private static final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theConsolesPageIsPublicHtmlUnderAPolicyWithoutInlineScriptOrEval() throws Exception {
        var lifeline = StandaloneForTests.shared();

        HttpResponse<String> page = get(lifeline, "/console/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<script type=\"module\" src=\"main.js\"></script>").doesNotContain("style=");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'none'").contains("script-src 'self';").contains("style-src 'self';")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval"));
    }

    @ParameterizedTest
    @CsvSource({"/console/lib/preact/standalone.module.js, useState", "/console/lib/chart/chart.umd.min.js, Chart.js v"})
    void theConsolesLibrariesComeFromTheirWebJarsAsRevalidatedJavaScript(String path, String marker) throws Exception {
        var lifeline = StandaloneForTests.shared();

        HttpResponse<String> library = get(lifeline, path);

        assertThat(library.statusCode()).isEqualTo(200);
        assertThat(library.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/javascript"));
        assertThat(library.body()).contains(marker);
        assertThat(library.headers().firstValue("Cache-Control")).hasValue("no-cache");
    }

    @Test
    void theConsolesFolderWithoutItsSlashLeadsToIt() throws Exception {
        var lifeline = StandaloneForTests.shared();

        HttpResponse<String> answer = get(lifeline, "/console");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/console/"));
    }

    private static HttpResponse<String> get(StandaloneForTests lifeline, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(lifeline.base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
