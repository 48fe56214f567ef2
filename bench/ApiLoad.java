import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTTP side of bench/api-load.sh, on the JDK's HttpClient: closed-loop clients, each sending its next request
 * when the last is answered, every shipment with a unique reference.
 *
 *   single BASE TOKEN CLIENTS SECONDS PREFIX ACKED_FILE    POST /api/shipments, one shipment per request
 *   bulk   BASE TOKEN ROWS PREFIX ACKED_FILE               POST /api/shipments/bulk, one upload of ROWS shipments
 *   read   BASE TOKEN CLIENTS SECONDS PATH[,PATH...]       GET each path in turn
 *
 * Prints one line: mode, clients, requests, errors, seconds, per second, p50/p99/max ms. ACKED_FILE receives the
 * reference of every shipment the service acknowledged (201).
 */
public class ApiLoad {
    private static final String BODY = "{\"reference\":\"%s\",\"origin\":\"BAG\",\"destination\":\"HGB\","
            + "\"cargoClass\":\"GENERAL\",\"teu\":2,\"weightTons\":18.5,\"availableAt\":\"2012-09-03T00:00:00Z\","
            + "\"dueAt\":\"2012-10-15T00:00:00Z\",\"priority\":3}";

    public static void main(String[] args) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String mode = args[0];
        String base = args[1];
        String token = args[2];
        switch (mode) {
            case "single" -> single(http, base, token, Integer.parseInt(args[3]), Integer.parseInt(args[4]), args[5], Path.of(args[6]));
            case "bulk" -> bulk(http, base, token, Integer.parseInt(args[3]), args[4], Path.of(args[5]));
            case "read" -> read(http, base, token, Integer.parseInt(args[3]), Integer.parseInt(args[4]), args[5].split(","));
            default -> throw new IllegalArgumentException(mode);
        }
    }

    private static void single(HttpClient http, String base, String token, int clients, int seconds, String prefix, Path acked)
            throws Exception {
        // a warm-up of five seconds first (the service's code compiled), its shipments acknowledged like the rest
        ConcurrentLinkedQueue<String> ok = new ConcurrentLinkedQueue<>();
        run(http, clients, 5, (client, n) -> post(base, token, prefix + "W" + client + "-" + n), ok, false);
        Result r = run(http, clients, seconds, (client, n) -> post(base, token, prefix + client + "-" + n), ok, true);
        Files.write(acked, ok);
        r.print("single", clients);
    }

    private static HttpRequest post(String base, String token, String reference) {
        return HttpRequest.newBuilder(URI.create(base + "/api/shipments"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(String.format(BODY, reference)))
                .build();
    }

    private static void bulk(HttpClient http, String base, String token, int rows, String prefix, Path acked) throws Exception {
        StringBuilder body = new StringBuilder("[");
        List<String> refs = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            String ref = prefix + i;
            refs.add(ref);
            body.append(i == 0 ? "" : ",").append(String.format(BODY, ref));
        }
        body.append(']');
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/shipments/bulk"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - t0;
        boolean good = response.statusCode() == 201;
        Files.write(acked, good ? refs : List.of());
        System.out.printf(Locale.ROOT, "bulk rows=%d status=%d seconds=%.3f rows_per_s=%.0f%n",
                rows, response.statusCode(), nanos / 1e9, rows / (nanos / 1e9));
    }

    private static void read(HttpClient http, String base, String token, int clients, int seconds, String[] paths) throws Exception {
        Result r = run(http, clients, seconds, (client, n) -> HttpRequest.newBuilder(URI.create(base + paths[(int) ((client + n) % paths.length)]))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build(), new ConcurrentLinkedQueue<>(), true);
        r.print("read", clients);
    }

    interface Requests {
        HttpRequest next(int client, long n);
    }

    record Result(long requests, long errors, double seconds, long[] micros) {
        void print(String mode, int clients) {
            Arrays.sort(micros);
            System.out.printf(Locale.ROOT, "%s clients=%d requests=%d errors=%d seconds=%.1f per_s=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f%n",
                    mode, clients, requests, errors, seconds, requests / seconds,
                    pct(0.50), pct(0.99), micros.length == 0 ? 0 : micros[micros.length - 1] / 1000.0);
        }

        double pct(double p) {
            return micros.length == 0 ? 0 : micros[(int) Math.min(micros.length - 1, Math.ceil(p * micros.length) - 1)] / 1000.0;
        }
    }

    private static Result run(HttpClient http, int clients, int seconds, Requests requests,
            ConcurrentLinkedQueue<String> acked, boolean measure) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            long[][] holder = {new long[1 << 16]};
            int[] count = {0};
            perClient.add(null);
            Thread t = new Thread(() -> {
                try {
                    for (long n = 0; System.nanoTime() < deadline; n++) {
                        HttpRequest request = requests.next(client, n);
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            int status = response.statusCode();
                            if (status == 201 && request.method().equals("POST")) {
                                String body = response.body();
                                int at = body.indexOf("\"reference\":\"");
                                acked.add(body.substring(at + 13, body.indexOf('"', at + 13)));
                            } else if (status >= 300) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        long micros = (System.nanoTime() - t0) / 1000;
                        if (count[0] == holder[0].length) {
                            holder[0] = Arrays.copyOf(holder[0], holder[0].length * 2);
                        }
                        holder[0][count[0]++] = micros;
                    }
                } finally {
                    synchronized (perClient) {
                        perClient.set(client, Arrays.copyOf(holder[0], count[0]));
                    }
                    done.countDown();
                }
            });
            threads.add(t);
            t.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        long total = 0;
        for (long[] l : perClient) total += l.length;
        long[] all = new long[(int) total];
        int i = 0;
        for (long[] l : perClient) {
            System.arraycopy(l, 0, all, i, l.length);
            i += l.length;
        }
        return new Result(total, errors.get(), elapsed, all);
    }
}
