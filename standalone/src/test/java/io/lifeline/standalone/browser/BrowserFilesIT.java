package io.lifeline.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The JavaScript client as a browser gets it through the edge: public, a JavaScript module, under
 * a policy that runs only Lifeline's own scripts, revalidated rather than downloaded again, loadable
 * by a website on another origin, and read-only.
 */
class BrowserFilesIT {
    private static final HttpClient http = HttpClient.newHttpClient();
    static final String CLIENT = "/client/lifeline-client.js";

    @Test
    void theClientModuleIsPublicJavaScriptUnderAPolicyWithoutInlineScriptOrEval() throws Exception {
        var lifeline = StandaloneForTests.shared();

        HttpResponse<String> answer = get(lifeline, CLIENT, null);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/javascript"));
        assertThat(answer.body()).contains("export {LifelineClient}");
        assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'none'").contains("script-src 'self';").contains("connect-src 'self'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval"));
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void anUnchangedFileIsRevalidatedNotDownloadedAgain() throws Exception {
        var lifeline = StandaloneForTests.shared();

        HttpResponse<String> first = get(lifeline, CLIENT, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get(lifeline, CLIENT, etag);

        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get(lifeline, "/client/client.js", etag).statusCode()).as("another file, another tag").isEqualTo(200);
    }

    @Test
    void aWebsiteOnAnotherOriginMayImportTheClientButNotWriteIt() throws Exception {
        var lifeline = StandaloneForTests.shared();

        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(lifeline.base() + CLIENT))
                .header("Origin", "https://shop.example").GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> written = http.send(HttpRequest.newBuilder(URI.create(lifeline.base() + CLIENT))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(written.statusCode()).isEqualTo(401);
    }

    @Test
    void aFileThatIsNotThereIsNotFoundAndTheWidgetIsPublicToo() throws Exception {
        var lifeline = StandaloneForTests.shared();

        assertThat(get(lifeline, "/client/no-such-file.js", null).statusCode()).isEqualTo(404);
        assertThat(get(lifeline, "/client/../api/query/inbox", null).statusCode()).isNotEqualTo(200);
        assertThat(get(lifeline, "/widget/no-such-file.js", null).statusCode()).isEqualTo(404);
        HttpResponse<String> widget = get(lifeline, "/widget/widget.js", null);
        assertThat(widget.statusCode()).isEqualTo(200);
        assertThat(widget.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(get(lifeline, "/widget/widget.js", widget.headers().firstValue("ETag").orElseThrow()).statusCode())
                .isEqualTo(304);
    }

    private static HttpResponse<String> get(StandaloneForTests lifeline, String path, String ifNoneMatch) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(lifeline.base() + path)).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
