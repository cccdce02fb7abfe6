package io.lifeline.query.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Who writes an export's head. The body streams from Spring MVC's async executor; here it waits until
 * the request thread has left the filters (behind Spring Security's header filter), so the test sees
 * deterministically what that thread left behind.
 */
class ExportHeadTest {
    private final List<String> headerWriters = new CopyOnWriteArrayList<>();
    private final List<Boolean> committedWhenTheFiltersWereLeft = new CopyOnWriteArrayList<>();
    private final CountDownLatch filtersLeft = new CountDownLatch(1);

    @Test
    void theRequestThreadSendsTheHeadAndTheSecurityHeadersBeforeTheBodyStreams() throws Exception {
        MvcResult result = export("/sent-before");

        assertThat(committedWhenTheFiltersWereLeft).containsExactly(true);
        assertThat(headerWriters).as("threads that wrote the security headers").containsExactly(Thread.currentThread().getName());
        HttpServletResponse response = result.getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(EventExportController.NDJSON);
        assertThat(response.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo("{\"position\":1}\n");
    }

    /** What {@code ExportHead} prevents: a plain streamed body leaves the head to the thread that streams it. */
    @Test
    void aPlainStreamedBodyLeavesTheHeadUnsentWhenTheRequestThreadLeaves() throws Exception {
        MvcResult result = export("/plain");

        assertThat(committedWhenTheFiltersWereLeft).containsExactly(false);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo("{\"position\":1}\n");
    }

    private MvcResult export(String path) throws Exception {
        HeaderWriter recording = (request, response) -> {
            headerWriters.add(Thread.currentThread().getName());
            response.setHeader("X-Content-Type-Options", "nosniff");
        };
        Filter recordWhatTheRequestThreadLeaves = (request, response, chain) -> {
            chain.doFilter(request, response);
            if (request.getDispatcherType() == DispatcherType.REQUEST) { // not the async dispatch that ends the test
                committedWhenTheFiltersWereLeft.add(response.isCommitted());
                filtersLeft.countDown();
            }
        };
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new Exports())
                .addFilters(new HeaderWriterFilter(List.of(recording)), recordWhatTheRequestThreadLeaves)
                .build();
        MvcResult started = mvc.perform(get(path)).andReturn();
        assertThat(started.getRequest().isAsyncStarted()).isTrue();
        return mvc.perform(asyncDispatch(started)).andReturn();
    }

    @RestController
    private final class Exports {
        @GetMapping("/sent-before")
        StreamingResponseBody sentBefore(HttpServletResponse response) throws IOException {
            return ExportHead.sentBefore(response, EventExportController.NDJSON, this::oneLine);
        }

        @GetMapping("/plain")
        ResponseEntity<StreamingResponseBody> plain() {
            return ResponseEntity.ok().header("Content-Type", EventExportController.NDJSON).body(this::oneLine);
        }

        private void oneLine(OutputStream out) throws IOException {
            try {
                assertThat(filtersLeft.await(10, TimeUnit.SECONDS)).as("the request thread left the filters").isTrue();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IOException(interrupted);
            }
            out.write("{\"position\":1}\n".getBytes(StandardCharsets.UTF_8));
        }
    }
}
