package io.contractspec.benchmarks.rest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * A minimal HTTP/1.1 load generator: {@code connections} threads, each with one keep-alive socket,
 * send the same pre-encoded request back to back for a fixed time and read each answer to its end
 * (Content-Length or chunked). Kept lean so that the client costs as little CPU as possible on a small machine.
 */
final class LoadGenerator {

    /**
     * Requests per second, how many answers were not 200, and the CPU time the server spent per
     * request (the process's CPU time minus the load threads'), which a busy shared machine
     * disturbs far less than the rate.
     */
    record Result(double requestsPerSecond, long requests, long errors, double serverCpuMicrosPerRequest) {}

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS = (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private LoadGenerator() {}

    static byte[] get(String pathAndQuery, String... headers) {
        StringBuilder request = new StringBuilder("GET ").append(pathAndQuery).append(" HTTP/1.1\r\nHost: localhost\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        return request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A pre-encoded POST with a JSON body. */
    static byte[] postJson(String path, String json, String... headers) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: localhost\r\n")
                .append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        byte[] head = request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
        byte[] all = java.util.Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    static Result run(int port, byte[] request, int connections, Duration duration) throws InterruptedException {
        LongAdder requests = new LongAdder();
        LongAdder errors = new LongAdder();
        LongAdder loadCpu = new LongAdder();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Thread thread = new Thread(() -> {
                long cpu = THREADS.getCurrentThreadCpuTime();
                try {
                    loop(port, request, running, requests, errors);
                } finally {
                    loadCpu.add(THREADS.getCurrentThreadCpuTime() - cpu);
                }
            }, "load-" + i);
            thread.setDaemon(true);
            threads.add(thread);
        }
        long processCpu = PROCESS.getProcessCpuTime();
        long started = System.nanoTime();
        threads.forEach(Thread::start);
        Thread.sleep(duration.toMillis());
        running.set(false);
        long elapsed = System.nanoTime() - started;
        for (Thread thread : threads) {
            thread.join();
        }
        long serverCpu = PROCESS.getProcessCpuTime() - processCpu - loadCpu.sum();
        long total = requests.sum();
        return new Result(total / (elapsed / 1e9), total, errors.sum(), total == 0 ? 0 : serverCpu / 1e3 / total);
    }

    private static void loop(int port, byte[] request, AtomicBoolean running, LongAdder requests, LongAdder errors) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            while (running.get()) {
                out.write(request);
                out.flush();
                if (readResponse(in) / 100 != 2) {
                    errors.increment();
                }
                requests.increment();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one response (headers, then Content-Length bytes or chunks of body); returns its status. */
    private static int readResponse(InputStream in) throws IOException {
        int status = -1;
        long contentLength = 0;
        boolean chunked = false;
        StringBuilder line = new StringBuilder(64);
        boolean first = true;
        while (true) {
            readLine(in, line);
            if (line.length() == 0) {
                break;
            }
            if (first) {
                status = Integer.parseInt(line.substring(9, 12));
                first = false;
            } else if (line.length() > 15 && line.substring(0, 15).equalsIgnoreCase("content-length:")) {
                contentLength = Long.parseLong(line.substring(15).trim());
            } else if (line.length() > 18 && line.substring(0, 18).equalsIgnoreCase("transfer-encoding:")) {
                chunked = line.substring(18).trim().equalsIgnoreCase("chunked");
            }
        }
        if (chunked) {
            readChunks(in, line);
        } else {
            skip(in, contentLength);
        }
        return status;
    }

    /** A chunked body: size lines, chunks and their CRLF, a last chunk of 0, trailers up to an empty line. */
    private static void readChunks(InputStream in, StringBuilder line) throws IOException {
        while (true) {
            readLine(in, line);
            long size = Long.parseLong(line.toString().split(";")[0].trim(), 16);
            if (size == 0) {
                do {
                    readLine(in, line);
                } while (line.length() > 0);
                return;
            }
            skip(in, size);
            readLine(in, line);
        }
    }

    private static void readLine(InputStream in, StringBuilder line) throws IOException {
        line.setLength(0);
        int c;
        while ((c = in.read()) != '\n') {
            if (c == -1) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
    }

    private static void skip(InputStream in, long length) throws IOException {
        for (long left = length; left > 0; ) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() == -1) {
                    throw new IOException("connection closed in the body");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }
}
