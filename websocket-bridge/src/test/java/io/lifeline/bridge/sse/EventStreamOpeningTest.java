package io.lifeline.bridge.sse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.Filter;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Who writes an event stream's head. The first frame is sent from another thread while the request
 * thread is still inside the filter chain (here, deterministically: a filter between Spring
 * Security's header filter and the servlet sends it before letting the request thread go on).
 */
class EventStreamOpeningTest {
    private final AtomicReference<SseEmitter> stream = new AtomicReference<>();
    private final List<String> headerWriters = new CopyOnWriteArrayList<>();
    private final List<Boolean> committedBeforeTheFirstFrame = new CopyOnWriteArrayList<>();

    @Test
    void theRequestThreadWritesTheHeadAndTheSecurityHeadersBeforeAnyFrameIsSent() throws Exception {
        MockHttpServletResponse response = open(EventStreamOpening::emitter);

        assertThat(committedBeforeTheFirstFrame).containsExactly(true);
        assertThat(headerWriters).as("threads that wrote the security headers").containsExactly(Thread.currentThread().getName());
        assertThat(response.getContentType()).startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
        assertThat(response.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.getContentAsString()).isEqualTo(":open\n\nevent:event\ndata:{\"sequence\":0}\n\n");
    }

    /** What {@code EventStreamOpening} prevents: the head, security headers included, written by the sending thread. */
    @Test
    void aPlainEmitterLeavesTheHeadToTheThreadThatSendsTheFirstFrame() throws Exception {
        MockHttpServletResponse response = open(() -> new SseEmitter(0L));

        assertThat(committedBeforeTheFirstFrame).containsExactly(false);
        assertThat(headerWriters).containsExactly("sse-writer");
        assertThat(response.getContentAsString()).isEqualTo("event:event\ndata:{\"sequence\":0}\n\n");
    }

    /** Opens a stream, and sends its first frame from a writer thread before the request thread leaves the filters. */
    private MockHttpServletResponse open(Supplier<SseEmitter> emitters) throws Exception {
        HeaderWriter recording = (request, response) -> {
            headerWriters.add(Thread.currentThread().getName());
            response.setHeader("X-Content-Type-Options", "nosniff");
        };
        Filter firstFrameMeanwhile = (request, response, chain) -> {
            chain.doFilter(request, response);
            committedBeforeTheFirstFrame.add(response.isCommitted());
            Thread writer = new Thread(() -> {
                try {
                    stream.get().send(SseEmitter.event().name("event").data("{\"sequence\":0}"));
                } catch (IOException failed) {
                    throw new IllegalStateException(failed);
                }
            }, "sse-writer");
            writer.start();
            try {
                writer.join();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        };
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new Streams(emitters))
                .addFilters(new HeaderWriterFilter(List.of(recording)), firstFrameMeanwhile)
                .build();
        var result = mvc.perform(get("/stream")).andReturn();
        assertThat(result.getRequest().isAsyncStarted()).isTrue();
        return result.getResponse();
    }

    @RestController
    private final class Streams {
        private final Supplier<SseEmitter> emitters;

        Streams(Supplier<SseEmitter> emitters) {
            this.emitters = emitters;
        }

        @GetMapping("/stream")
        ResponseEntity<SseEmitter> open() {
            stream.set(emitters.get());
            return ResponseEntity.ok().contentType(MediaType.TEXT_EVENT_STREAM).body(stream.get());
        }
    }
}
