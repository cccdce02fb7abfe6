package io.lifeline.support.origins;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrowserOriginTest {

    @Test
    void aPageOnTheHostTheClientAddressedIsLifelinesOwn() {
        assertThat(BrowserOrigin.crossOrigin("http://localhost:8080", "localhost:8080")).isEmpty();
        assertThat(BrowserOrigin.crossOrigin("https://chat.example", "chat.example")).as("TLS ended by a proxy").isEmpty();
        assertThat(BrowserOrigin.crossOrigin(null, "localhost:8080")).as("not a browser page").isEmpty();
    }

    @Test
    void anyOtherHostOrPortIsAnotherOrigin() {
        assertThat(BrowserOrigin.crossOrigin("http://127.0.0.1:8080", "localhost:8080")).contains("http://127.0.0.1:8080");
        assertThat(BrowserOrigin.crossOrigin("http://localhost:9090", "localhost:8080")).contains("http://localhost:9090");
        assertThat(BrowserOrigin.crossOrigin("https://Shop.Example", "chat.example")).contains("https://shop.example");
        assertThat(BrowserOrigin.crossOrigin("null", "chat.example")).as("a sandboxed frame").contains("null");
    }
}
