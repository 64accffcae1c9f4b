package io.contractspec.testing.kafka;

import io.contractspec.annotations.PublicApi;
import java.io.IOException;

/**
 * Starts a {@link KafkaBrokerProcess} by hand and keeps it until Enter (or Ctrl-C):
 * {@code java -cp <classpath with kafka_2.13> io.contractspec.testing.kafka.StartKafkaBroker [port] [partitions]}.
 * README.md, "Events to Kafka", gives the whole command.
 */
@PublicApi
public final class StartKafkaBroker {

    private StartKafkaBroker() {}

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 9092;
        int partitions = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        try (KafkaBrokerProcess broker = KafkaBrokerProcess.start(port, partitions)) {
            System.out.println("Kafka broker ready at " + broker.bootstrapServers() + "; press Enter to stop it.");
            System.in.read();
        }
    }
}
