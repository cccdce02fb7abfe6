package io.lifeline.standalone;

import io.lifeline.standalone.postgres.EmbeddedDatabase;
import io.lifeline.standalone.options.StandaloneOptions;
import io.lifeline.standalone.secrets.Secret;
import java.time.Duration;
import java.util.Locale;

/** What a person needs once the system is up: where to point a client, how to sign in, how to stop. */
final class StartupBanner {

    private StartupBanner() {
    }

    static String render(StandaloneOptions options, RunningLifeline lifeline, Duration startup) {
        String base = "http://" + host(options.address()) + ":" + lifeline.edgePort();
        StringBuilder banner = new StringBuilder()
                .append(System.lineSeparator())
                .append(String.format(Locale.ROOT, "Lifeline is running (started in %.1f s)%n%n", startup.toMillis() / 1000.0))
                .append(line("Clients", base + "   (REST and WebSocket)"))
                .append(line("Console", base + "/   (staff sign in here)"))
                .append(line("API docs", base + "/swagger-ui.html"))
                .append(line("Admin", admin(lifeline)))
                .append(line("Database", "postgresql://" + EmbeddedDatabase.USER + "@localhost:" + lifeline.database().port()
                        + "/" + EmbeddedDatabase.DATABASE + "   (events in schema event_store; no password)"))
                .append(line("Kafka", lifeline.kafka().bootstrapServers() + "   (topic lifeline.conversation-events)"))
                .append(line("Data", options.dataDir().toString()))
                .append(line("Stop", "Ctrl+C"));
        return banner.toString();
    }

    private static String admin(RunningLifeline lifeline) {
        String username = lifeline.secrets().adminUsername();
        if (lifeline.secrets().adminPassword().isEmpty()) {
            return username + ", password from LIFELINE_ADMIN_PASSWORD";
        }
        Secret password = lifeline.secrets().adminPassword().get();
        String where = username + ", password in " + password.file();
        if (!password.generated()) {
            return where;
        }
        if (!lifeline.data().fresh()) {
            return where + System.lineSeparator() + indent("(new: the existing accounts keep the password they had)");
        }
        return where + System.lineSeparator() + indent("generated now, shown this once: " + password.value());
    }

    /** A wildcard address is not somewhere to browse to; the machine itself is. */
    private static String host(String address) {
        if (address.equals("0.0.0.0") || address.equals("::") || address.equals("127.0.0.1")) {
            return "localhost";
        }
        return address.contains(":") ? "[" + address + "]" : address;
    }

    private static String line(String label, String value) {
        return String.format(Locale.ROOT, "  %-10s %s%n", label, value);
    }

    private static String indent(String text) {
        return " ".repeat(13) + text;
    }
}
