import io.lifeline.contracts.stream.Topics;
import io.lifeline.standalone.kafka.EmbeddedKafka;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The send path's Kafka skeleton alone: what its four broker requests per message cost on this machine with nothing
 * else of Lifeline running. One JVM holds the standalone's own in-process broker ({@code EmbeddedKafka}, the same
 * settings) and three clients set as the services set theirs: a "bridge" producer sends a 400-byte frame keyed by
 * one of 100 conversations to {@code lifeline.commands} (acks all, idempotent); a "command side" consumer
 * (500 ms fetch wait) takes each poll's frames and produces an 800-byte envelope per frame to
 * {@code lifeline.conversation-events}, awaiting their acknowledgements as the publisher does; a "bridge" consumer
 * (5 s fetch wait) receives them. Open loop: every frame has its intended send time, and latency is measured from it.
 * No PostgreSQL, Axon, JSON or WebSocket: whatever the real send path costs beyond these figures is Lifeline's own.
 *
 * <pre>
 * java -Dlogback.configurationFile=benchmarks/kafka-floor/logback.xml \
 *      -cp "standalone/target/lifeline/lifeline-standalone.jar:standalone/target/lifeline/lib/*" \
 *      benchmarks/kafka-floor/KafkaFloor.java [rates=250,500,1000] [warm-up s=120] [s per rate=30]
 * </pre>
 * Prints per rate the latency percentiles and this process's CPU (from /proc) per message.
 * Both producers send each record at once unless {@code -Dlinger.ms=N} lets them wait up to N ms to put several in one
 * request (the services' {@code LIFELINE_KAFKA_LINGER_MS}, 2 by default).
 */
public class KafkaFloor {
    static final int CONVERSATIONS = 100;
    static final int PARTITIONS = 6; // LIFELINE_KAFKA_PARTITIONS' default
    static final String COMMANDS = Topics.COMMANDS;
    static final String EVENTS = Topics.CONVERSATION_EVENTS;

    public static void main(String[] args) throws Exception {
        int[] rates = Arrays.stream((args.length > 0 ? args[0] : "250,500,1000").split(",")).mapToInt(Integer::parseInt).toArray();
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 120;
        int step = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        Path dir = Files.createTempDirectory("kafka-floor");
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir)) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(COMMANDS, PARTITIONS, (short) 1), new NewTopic(EVENTS, PARTITIONS, (short) 1)))
                        .all().get();
            }
            new KafkaFloor(kafka.bootstrapServers()).run(rates, warmup, step);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        System.exit(0); // the broker's and clients' leftover threads must not keep the JVM
    }

    private final String bootstrap;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    private final AtomicLong received = new AtomicLong();
    private final CountDownLatch assigned = new CountDownLatch(2);

    KafkaFloor(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    void run(int[] rates, int warmup, int step) throws Exception {
        try (var bridge = new KafkaProducer<String, String>(producer()); var publisher = new KafkaProducer<String, String>(producer())) {
            Thread commandSide = new Thread(() -> commandSide(publisher), "floor-command-side");
            Thread bridgeEvents = new Thread(this::bridgeEvents, "floor-bridge-events");
            commandSide.start();
            bridgeEvents.start();
            if (!assigned.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the consumers got no partitions within 60 s");
            }
            String[] keys = new String[CONVERSATIONS];
            for (int i = 0; i < CONVERSATIONS; i++) {
                keys[i] = UUID.randomUUID().toString();
            }
            System.out.printf("warm-up at %d/s for %d s%n", rates[0], warmup);
            send(bridge, keys, rates[0], warmup);
            Thread.sleep(1000);
            System.out.println("rate/s   sent  received  p50ms  p90ms  p99ms  p99.9ms  maxms  CPU%  CPU/msg ms");
            for (int rate : rates) {
                latencies.clear();
                long before = received.get();
                long cpu0 = ownCpuTicks();
                long wall0 = System.nanoTime();
                long sent = send(bridge, keys, rate, step);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (received.get() - before < sent && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                long cpu1 = ownCpuTicks();
                double seconds = (System.nanoTime() - wall0) / 1e9;
                double cpuSeconds = (cpu1 - cpu0) / 100.0; // clock ticks of 10 ms
                long[] l = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
                System.out.printf("%6d %6d %9d %6.2f %6.2f %6.2f %8.2f %6.2f %5.1f %10.3f%n", rate, sent, received.get() - before,
                        ms(l, .50), ms(l, .90), ms(l, .99), ms(l, .999), ms(l, 1.0), 100 * cpuSeconds / seconds, 1000 * cpuSeconds / sent);
            }
            stop.set(true);
            commandSide.join();
            bridgeEvents.join();
        }
    }

    /** Takes the frames, answers each with an event on the event topic, and waits for their acks before the next poll. */
    private void commandSide(KafkaProducer<String, String> publisher) {
        try (var consumer = new KafkaConsumer<String, String>(consumer("floor-command-side", 500))) {
            consumer.subscribe(List.of(COMMANDS), whenAssigned());
            long lastCommit = System.nanoTime();
            while (!stop.get()) {
                List<Future<RecordMetadata>> sends = new ArrayList<>();
                for (ConsumerRecord<String, String> frame : consumer.poll(Duration.ofSeconds(1))) {
                    sends.add(publisher.send(new ProducerRecord<>(EVENTS, frame.key(), padded(intendedTime(frame.value()), 800))));
                }
                for (Future<RecordMetadata> send : sends) {
                    send.get();
                }
                if (System.nanoTime() - lastCommit > TimeUnit.SECONDS.toNanos(5)) {
                    consumer.commitAsync();
                    lastCommit = System.nanoTime();
                }
            }
        } catch (Exception e) {
            e.printStackTrace();
        }
    }

    private void bridgeEvents() {
        try (var consumer = new KafkaConsumer<String, String>(consumer("floor-bridge", 5000))) {
            consumer.subscribe(List.of(EVENTS), whenAssigned());
            while (!stop.get()) {
                for (ConsumerRecord<String, String> event : consumer.poll(Duration.ofSeconds(1))) {
                    latencies.add(System.nanoTime() - intendedTime(event.value()));
                    received.incrementAndGet();
                }
            }
        }
    }

    /** Open loop: each frame leaves at its intended time; the sender never waits for an answer. */
    private static long send(KafkaProducer<String, String> bridge, String[] keys, int rate, int seconds) throws InterruptedException {
        long count = (long) rate * seconds;
        long start = System.nanoTime();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        for (long i = 0; i < count; i++) {
            long intended = start + i * interval;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            bridge.send(new ProducerRecord<>(COMMANDS, keys[(int) (i % keys.length)], padded(intended, 400)));
        }
        return count;
    }

    private Map<String, Object> producer() {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, Integer.getInteger("linger.ms", 0),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    }

    private Map<String, Object> consumer(String group, int fetchWaitMs) {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, fetchWaitMs, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    }

    private ConsumerRebalanceListener whenAssigned() {
        return new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                if (!partitions.isEmpty()) {
                    assigned.countDown();
                }
            }
        };
    }

    private static String padded(long intendedNanos, int size) {
        StringBuilder value = new StringBuilder(size).append(intendedNanos).append(';');
        while (value.length() < size) {
            value.append('x');
        }
        return value.toString();
    }

    private static long intendedTime(String value) {
        return Long.parseLong(value, 0, value.indexOf(';'), 10);
    }

    /**
     * This process's CPU time in clock ticks: user plus system (fields 14 and 15 of /proc/self/stat). Only the sum is
     * exact; the kernel's split between the two over a short interval is not.
     */
    private static long ownCpuTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1))] / 1e6;
    }
}
