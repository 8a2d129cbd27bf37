package org.reggraph.bench;

import org.reggraph.ReggraphApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Where the start path spends its time (not a test): starts the service with Spring's buffering start-up recorder,
 * stops it once it is ready, and prints the start phases and the slowest bean creations (inclusive times: a bean's
 * time contains the beans it pulled in, e.g. waiting for the database).
 * Usage: scripts/bench-startup.sh --profile [service arguments...] (fresh store, no start-up load)
 */
public final class StartupProfile {

    private StartupProfile() {
    }

    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        BufferingApplicationStartup startup = new BufferingApplicationStartup(20_000);
        SpringApplication application = new SpringApplication(ReggraphApplication.class);
        application.setApplicationStartup(startup);
        long started = System.currentTimeMillis();
        try (ConfigurableApplicationContext context = application.run(args)) {
            long ready = System.currentTimeMillis();
            StartupTimeline timeline = startup.getBufferedTimeline();
            List<StartupTimeline.TimelineEvent> events = timeline.getEvents();
            System.out.printf("%nJVM start → main %d ms; main → ready %d ms (runners included)%n", started - jvmStart,
                    ready - started);
            System.out.println("phases (offset from main, duration):");
            events.stream().filter(e -> !e.getStartupStep().getName().startsWith("spring.beans."))
                    .filter(e -> e.getDuration().toMillis() >= 50)
                    .forEach(e -> print(e, started));
            System.out.println("slowest bean creations (inclusive):");
            events.stream().filter(e -> e.getStartupStep().getName().equals("spring.beans.instantiate"))
                    .sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed())
                    .limit(25).forEach(e -> print(e, started));
        }
    }

    private static void print(StartupTimeline.TimelineEvent e, long started) {
        String tags = StreamSupport.stream(e.getStartupStep().getTags().spliterator(), false)
                .filter(t -> t.getKey().equals("beanName") || t.getKey().equals("listener"))
                .map(StartupStep.Tag::getValue).findFirst().orElse("");
        System.out.printf("  %6d ms %6d ms  %s %s%n", e.getStartTime().toEpochMilli() - started,
                Duration.between(e.getStartTime(), e.getEndTime()).toMillis(), e.getStartupStep().getName(), tags);
    }
}
