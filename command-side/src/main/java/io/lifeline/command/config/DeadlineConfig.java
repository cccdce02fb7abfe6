package io.lifeline.command.config;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Durable deadlines: Axon's db-scheduler deadline manager (auto-configured once this scheduler
 * exists) keeps them in {@code event_store.scheduled_tasks}. Scheduling joins the command's
 * transaction, so a refused command leaves no deadline behind; any instance may run a due one.
 */
@Configuration
class DeadlineConfig {

    @Bean(destroyMethod = "stop")
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks,
                                @Value("${lifeline.scheduler.polling-interval}") Duration pollingInterval) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), new ArrayList<>(tasks))
                .tableName(AxonConfig.SCHEMA + ".scheduled_tasks")
                .pollingInterval(pollingInterval)
                .threads(2)
                .build();
    }

    /** Due deadlines run only once the aggregates and their repositories are ready. */
    @EventListener(ApplicationReadyEvent.class)
    void startScheduler(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(Scheduler.class).start();
    }
}
