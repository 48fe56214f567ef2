package io.transitplanner.deploy;

import static io.transitplanner.deploy.Manifests.find;
import static io.transitplanner.deploy.Manifests.selects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.transitplanner.cli.TokenCommand;
import io.transitplanner.deploy.Manifests.Manifest;
import io.transitplanner.deploy.Manifests.Workload;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads every manifest under k8s/ and checks it against the application it deploys: health paths and port, the
 * environment the configuration reads, the commands of the jar, the image the build produces, the shutdown time of
 * Quarkus. Each check collects every fault before failing, so that one run names them all.
 */
class KubernetesManifestsTest {
    private static final Set<String> CONSERVATIVE_KUSTOMIZE_KEYS = Set.of(
            "apiVersion",
            "kind",
            "namespace",
            "resources",
            "bases",
            "patchesStrategicMerge",
            "images",
            "commonLabels",
            "secretGenerator",
            "configMapGenerator",
            "generatorOptions");
    /** After the grace for saving running solves: marking an unsaved one FAILED, and the JVM's exit. */
    private static final Duration EXIT_MARGIN = Duration.ofSeconds(5);

    private final List<Manifest> objects = Manifests.objects();
    private final List<Workload> workloads = Manifests.workloads(objects);

    // ---------------------------------------------------------------- well-formed

    @Test
    void everyManifestShouldBeAWellFormedKubernetesObject() {
        List<String> faults = new ArrayList<>();
        for (Path file : Manifests.yamlFiles()) {
            if (Manifests.isKustomization(file)) {
                continue;
            }
            List<Manifest> manifests = Manifests.read(file);
            if (manifests.isEmpty()) {
                faults.add(file + ": no object");
            }
            for (Manifest m : manifests) {
                if (m.object().getApiVersion() == null || Manifests.name(m.object()) == null) {
                    faults.add(m.source() + ": no apiVersion or name");
                }
                Manifests.unknownFields(m.object())
                        .forEach(f -> faults.add(
                                m.source() + ": unknown field " + m.object().getKind() + f));
            }
        }
        assertThat(faults).isEmpty();
    }

    @Test
    void everyKustomizationShouldUseConservativeSyntaxAndExistingFiles() {
        List<String> faults = new ArrayList<>();
        Set<Path> listed = new LinkedHashSet<>();
        for (Path file : Manifests.yamlFiles()) {
            if (!Manifests.isKustomization(file)) {
                continue;
            }
            Map<String, Object> k = Manifests.kustomization(file);
            k.keySet().stream()
                    .filter(key -> !CONSERVATIVE_KUSTOMIZE_KEYS.contains(key))
                    .forEach(key -> faults.add(file + ": '" + key + "' is unknown to the kustomize of kubectl 1.20"));
            for (String key : List.of("resources", "bases", "patchesStrategicMerge")) {
                for (Object entry : list(k.get(key))) {
                    Path target = file.getParent().resolve(entry.toString()).normalize();
                    if (!Files.exists(target)) {
                        faults.add(file + ": " + key + " names " + entry + ", which does not exist");
                    }
                    if (key.equals("resources") && Files.isDirectory(target)) {
                        faults.add(file + ": " + entry + " is a directory: kubectl 1.20 takes those as bases only");
                    }
                    listed.add(target);
                }
            }
            for (Object generator : list(k.get("secretGenerator"))) {
                for (Object entry : list(((Map<?, ?>) generator).get("files"))) {
                    String path = entry.toString().substring(entry.toString().indexOf('=') + 1);
                    if (!Files.exists(file.getParent().resolve(path))) {
                        faults.add(file + ": secretGenerator file " + path + " does not exist");
                    }
                }
            }
        }
        // Every manifest of base/ and database/ is part of the deployment; jobs/ and secret/ are applied by hand.
        for (Path file : Manifests.yamlFiles()) {
            Path relative = Project.K8S.relativize(file);
            boolean kustomized = relative.startsWith("base") || relative.startsWith("database");
            if (kustomized && !Manifests.isKustomization(file) && !listed.contains(file.normalize())) {
                faults.add(relative + " is listed in no kustomization");
            }
        }
        assertThat(faults).isEmpty();
    }

    // ---------------------------------------------------------------- containers against the application

    @Test
    void everyContainerShouldHaveResourcesAndEveryLongRunningOneProbes() {
        List<String> faults = new ArrayList<>();
        for (Workload w : workloads) {
            for (Container c : w.template().getSpec().getContainers()) {
                var r = c.getResources();
                if (r == null || r.getRequests() == null || r.getLimits() == null) {
                    faults.add(w.where() + " " + c.getName() + ": no resource requests and limits");
                } else {
                    for (String resource : List.of("cpu", "memory")) {
                        if (!r.getRequests().containsKey(resource)
                                || !r.getLimits().containsKey(resource)) {
                            faults.add(w.where() + " " + c.getName() + ": no " + resource + " request or limit");
                        }
                    }
                }
                boolean probed =
                        c.getStartupProbe() != null && c.getReadinessProbe() != null && c.getLivenessProbe() != null;
                if (w.longRunning() && !probed) {
                    faults.add(w.where() + " " + c.getName() + ": needs startup, readiness and liveness probes");
                }
            }
        }
        assertThat(workloads).isNotEmpty();
        assertThat(faults).isEmpty();
    }

    @Test
    void probesShouldAskTheHealthEndpointsOfQuarkusOnItsHttpPort() {
        List<String> faults = new ArrayList<>();
        int appContainers = 0;
        for (Workload w : workloads) {
            for (Container c : w.template().getSpec().getContainers()) {
                if (!w.longRunning() || !Manifests.runsTheApplication(c)) {
                    continue;
                }
                appContainers++;
                checkProbe(faults, w, c, "startup", c.getStartupProbe(), "/q/health/started");
                checkProbe(faults, w, c, "readiness", c.getReadinessProbe(), "/q/health/ready");
                checkProbe(faults, w, c, "liveness", c.getLivenessProbe(), "/q/health/live");
            }
        }
        assertThat(appContainers).as("containers of the API").isPositive();
        assertThat(faults).isEmpty();
    }

    private static void checkProbe(List<String> faults, Workload w, Container c, String kind, Probe p, String path) {
        HTTPGetAction get = p == null ? null : p.getHttpGet();
        if (get == null) {
            faults.add(w.where() + ": no HTTP " + kind + " probe");
            return;
        }
        if (!path.equals(get.getPath())) {
            faults.add(w.where() + ": " + kind + " probe asks " + get.getPath() + ", Quarkus serves it at " + path);
        }
        Integer port = get.getPort().getIntVal() != null
                ? get.getPort().getIntVal()
                : c.getPorts().stream()
                        .filter(cp -> get.getPort().getStrVal().equals(cp.getName()))
                        .map(cp -> cp.getContainerPort())
                        .findFirst()
                        .orElse(null);
        if (port == null || port != Project.httpPort()) {
            faults.add(w.where() + ": " + kind + " probe port " + get.getPort() + " is not quarkus.http.port "
                    + Project.httpPort());
        }
    }

    @Test
    void everyVariableTheManifestsSetShouldBeReadByTheConfigurationAndEveryRequiredOneSet() {
        Map<String, Boolean> references = Project.environmentReferences();
        Set<String> readable = new LinkedHashSet<>(references.keySet());
        readable.addAll(Project.propertyEnvironmentNames());
        readable.addAll(Project.entrypointVariables());
        Set<String> required = new LinkedHashSet<>();
        references.forEach((name, needed) -> {
            if (needed) {
                required.add(name);
            }
        });
        assertThat(required).as("variables the prod profile needs").contains("DB_URL", "JWT_ISSUER");

        List<String> faults = new ArrayList<>();
        int appContainers = 0;
        for (Workload w : workloads) {
            for (Container c : w.template().getSpec().getContainers()) {
                if (!Manifests.runsTheApplication(c)) {
                    continue;
                }
                appContainers++;
                Set<String> set = environment(c);
                set.stream()
                        .filter(v -> !readable.contains(v))
                        .forEach(v -> faults.add(w.where() + ": " + v + " is read by no configuration"));
                required.stream()
                        .filter(v -> !set.contains(v))
                        .forEach(v -> faults.add(w.where() + ": the prod profile needs " + v + ", not set"));
            }
        }
        assertThat(appContainers).isGreaterThanOrEqualTo(3);
        assertThat(faults).isEmpty();
    }

    @Test
    void everySecretKeyTheManifestsReadShouldBeInTheSecretTemplate() {
        Secret template = secretTemplate();
        List<String> faults = new ArrayList<>();
        for (Workload w : workloads) {
            for (Container c : w.template().getSpec().getContainers()) {
                for (EnvVar e : list(c.getEnv())) {
                    if (e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null) {
                        var ref = e.getValueFrom().getSecretKeyRef();
                        if (!ref.getName().equals(template.getMetadata().getName())
                                || !template.getStringData().containsKey(ref.getKey())) {
                            faults.add(w.where() + ": " + e.getName() + " reads " + ref.getName() + "/" + ref.getKey()
                                    + ", which the Secret template lacks");
                        }
                    }
                }
            }
            for (Volume v : list(w.template().getSpec().getVolumes())) {
                if (v.getSecret() != null) {
                    v.getSecret().getItems().stream()
                            .filter(item -> !template.getStringData().containsKey(item.getKey()))
                            .forEach(item -> faults.add(w.where() + ": volume " + v.getName() + " mounts key "
                                    + item.getKey() + ", which the Secret template lacks"));
                }
            }
        }
        assertThat(faults).isEmpty();
    }

    @Test
    void theTokenIssuerKeyShouldBeMountedWhereTheConfigurationReadsIt() {
        String location = configMap().getData().get("JWT_PUBLIC_KEY_LOCATION");
        assertThat(location).as("JWT_PUBLIC_KEY_LOCATION in the ConfigMap").isNotNull();
        Path file = Path.of(location);
        List<String> faults = new ArrayList<>();
        for (Workload w : workloads) {
            for (Container c : w.template().getSpec().getContainers()) {
                if (!Manifests.runsTheApplication(c)) {
                    continue;
                }
                VolumeMount mount = list(c.getVolumeMounts()).stream()
                        .filter(m -> Path.of(m.getMountPath()).equals(file.getParent()))
                        .findFirst()
                        .orElse(null);
                Volume volume = mount == null
                        ? null
                        : w.template().getSpec().getVolumes().stream()
                                .filter(v -> v.getName().equals(mount.getName()))
                                .findFirst()
                                .orElse(null);
                boolean keyThere = volume != null
                        && volume.getSecret() != null
                        && volume.getSecret().getItems().stream().anyMatch(i -> i.getPath()
                                .equals(file.getFileName().toString()));
                if (!keyThere) {
                    faults.add(w.where() + ": no Secret volume puts the key at " + location);
                }
            }
        }
        assertThat(faults).isEmpty();
    }

    @Test
    void theGracePeriodShouldCoverTheShutdownOfQuarkusAndSavingASolve() {
        Duration delay = Duration.parse("PT" + Project.prodProperty("quarkus.shutdown.delay", "0s"));
        Duration timeout = Duration.parse("PT" + Project.prodProperty("quarkus.shutdown.timeout", "0s"));
        assertThat(timeout).as("%prod.quarkus.shutdown.timeout").isPositive();
        String saveKey = "transit-planner.planning.shutdown-grace";
        Duration save = Duration.parse("PT" + Project.prodProperty(saveKey, "0s"));
        assertThat(save).as(saveKey).isPositive();
        Duration needed = delay.plus(timeout).plus(save).plus(EXIT_MARGIN);
        List<String> faults = new ArrayList<>();
        for (Workload w : workloads) {
            if (w.template().getSpec().getContainers().stream().noneMatch(Manifests::runsTheApplication)) {
                continue;
            }
            Long grace = w.template().getSpec().getTerminationGracePeriodSeconds();
            if (grace == null || Duration.ofSeconds(grace).compareTo(needed) < 0) {
                faults.add(w.where() + ": terminationGracePeriodSeconds " + grace + " < delay " + delay + " + timeout "
                        + timeout + " + " + save + " to save a solve + " + EXIT_MARGIN + " to exit");
            }
        }
        assertThat(faults).isEmpty();
    }

    @Test
    void theImageShouldBeTheOneTheBuildProduces() {
        String image = Project.buildImage();
        assertThat(Project.readmeImage())
                .as("the README's build command tags the image")
                .isEqualTo(image);
        assertThat(Project.read(Project.DOCKERFILE)).contains("-t " + image + " .");
        List<String> faults = new ArrayList<>();
        for (Workload w : workloads) {
            for (Container c : w.template().getSpec().getContainers()) {
                if (Manifests.runsTheApplication(c) && !c.getImage().equals(image)) {
                    faults.add(w.where() + ": image " + c.getImage() + ", the build produces " + image);
                }
                if (!Manifests.runsTheApplication(c) && !c.getImage().startsWith("postgres:")) {
                    faults.add(w.where() + ": unexpected image " + c.getImage());
                }
            }
        }
        for (Path overlay : overlays()) {
            for (Object entry : list(Manifests.kustomization(overlay.resolve("kustomization.yaml"))
                    .get("images"))) {
                Object name = ((Map<?, ?>) entry).get("name");
                if (!image.split(":")[0].equals(name) && !"postgres".equals(name)) {
                    faults.add(overlay + ": images renames '" + name + "', which no manifest uses");
                }
            }
        }
        assertThat(faults).isEmpty();
    }

    // ---------------------------------------------------------------- the jobs

    /**
     * Every CronJob and Job runs a command that the jar lists in {@code Main.usage()}, with options of that command,
     * through the image's entrypoint (args, not command).
     */
    @Test
    void everyJobShouldRunACommandTheJarLists() {
        Map<String, String> commands = Project.jarCommands();
        List<String> faults = new ArrayList<>();
        int jobs = 0;
        for (Workload w : workloads) {
            for (Container c : w.template().getSpec().getContainers()) {
                if (w.longRunning() || !Manifests.runsTheApplication(c)) {
                    continue;
                }
                jobs++;
                if (c.getCommand() != null && !c.getCommand().isEmpty()) {
                    faults.add(w.where() + ": sets command, which bypasses the image's entrypoint");
                }
                List<String> args = list(c.getArgs());
                if (args.isEmpty() || !commands.containsKey(args.get(0))) {
                    faults.add(w.where() + ": runs " + args + "; the jar's commands are " + commands.keySet());
                    continue;
                }
                String usage = commands.get(args.get(0));
                args.stream()
                        .filter(a -> a.startsWith("--"))
                        .filter(a -> !usage.contains(a))
                        .forEach(a -> faults.add(w.where() + ": " + a + " is no option of `" + usage + "`"));
            }
        }
        assertThat(jobs).as("CronJob and Job containers").isGreaterThanOrEqualTo(2);
        assertThat(faults).isEmpty();
    }

    @Test
    void theReplanScheduleShouldNeverOverlapAndAlwaysEnd() {
        CronJob cron = find(objects, CronJob.class, "transit-planner-replan").orElseThrow();
        var spec = cron.getSpec();
        assertThat(spec.getConcurrencyPolicy()).isEqualTo("Forbid");
        assertThat(spec.getStartingDeadlineSeconds()).isPositive();
        var job = spec.getJobTemplate().getSpec();
        assertThat(job.getBackoffLimit()).isNotNull();
        List<String> args = job.getTemplate().getSpec().getContainers().get(0).getArgs();
        assertThat(args).containsExactly("replan", "--time", "300s", "--publish");
        Duration solve = Duration.parse("PT" + args.get(args.indexOf("--time") + 1));
        // The deadline covers the solve with room for starting, loading, saving and publishing.
        assertThat(Duration.ofSeconds(job.getActiveDeadlineSeconds())).isGreaterThan(solve.multipliedBy(2));
        assertThat(job.getTemplate().getSpec().getRestartPolicy()).isEqualTo("Never");
    }

    // ---------------------------------------------------------------- selectors and the network

    @Test
    void theServiceAndTheBudgetShouldSelectTheApiPodsAndNoJob() {
        Deployment api = find(objects, Deployment.class, "transit-planner").orElseThrow();
        Map<String, String> apiPods = api.getSpec().getTemplate().getMetadata().getLabels();
        assertThat(selects(api.getSpec().getSelector(), apiPods))
                .as("deployment selects its pods")
                .isTrue();
        assertThat(api.getSpec().getReplicas()).isEqualTo(2);
        Service service = find(objects, Service.class, "transit-planner").orElseThrow();
        PodDisruptionBudget budget =
                find(objects, PodDisruptionBudget.class, "transit-planner").orElseThrow();
        List<String> faults = new ArrayList<>();
        for (Workload w : workloads) {
            boolean isApi = w.owner().object() == api;
            if (selects(budget.getSpec().getSelector(), w.podLabels()) != isApi) {
                faults.add("the PodDisruptionBudget " + (isApi ? "misses " : "also selects ") + w.where());
            }
            boolean serviced = Manifests.selects(
                    new io.fabric8.kubernetes.api.model.LabelSelector(
                            null, service.getSpec().getSelector()),
                    w.podLabels());
            if (serviced != isApi) {
                faults.add("the Service " + (isApi ? "misses " : "also sends traffic to ") + w.where());
            }
        }
        assertThat(service.getSpec().getPorts().get(0).getTargetPort().getStrVal())
                .isEqualTo("http");
        assertThat(faults).isEmpty();
    }

    @Test
    void onlyTheApiAndTheJobsShouldReachTheDatabase() {
        StatefulSet db = find(objects, StatefulSet.class, "transit-planner-db").orElseThrow();
        NetworkPolicy policy =
                find(objects, NetworkPolicy.class, "transit-planner-db").orElseThrow();
        Map<String, String> dbPods = db.getSpec().getTemplate().getMetadata().getLabels();
        assertThat(selects(policy.getSpec().getPodSelector(), dbPods))
                .as("policy guards the db")
                .isTrue();
        assertThat(policy.getSpec().getPolicyTypes()).contains("Ingress");
        assertThat(policy.getSpec().getIngress()).hasSize(1);
        var rule = policy.getSpec().getIngress().get(0);
        int dbPort = db.getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0)
                .getPorts()
                .get(0)
                .getContainerPort();
        assertThat(rule.getPorts())
                .singleElement()
                .satisfies(p -> assertThat(p.getPort().getIntVal()).isEqualTo(dbPort));
        List<String> faults = new ArrayList<>();
        for (NetworkPolicyPeer peer : rule.getFrom()) {
            if (peer.getPodSelector() == null || peer.getNamespaceSelector() != null || peer.getIpBlock() != null) {
                faults.add("a peer other than pods of this namespace may reach the database: " + peer);
            }
        }
        for (Workload w : workloads) {
            boolean allowed = rule.getFrom().stream()
                    .anyMatch(p -> p.getPodSelector() != null && selects(p.getPodSelector(), w.podLabels()));
            boolean client = w.template().getSpec().getContainers().stream().anyMatch(Manifests::runsTheApplication);
            if (allowed != client) {
                faults.add(w.where() + (client ? " cannot reach the database" : " may reach the database"));
            }
        }
        assertThat(faults).isEmpty();
    }

    // ---------------------------------------------------------------- secrets and overlays

    @Test
    void theSecretTemplateShouldHoldPlaceholdersOnly() {
        Secret template = secretTemplate();
        assertThat(template.getData()).as("no encoded values").isNullOrEmpty();
        assertThat(template.getStringData())
                .containsKeys("DB_URL", "DB_USER", "DB_PASSWORD", "JWT_ISSUER", "publicKey.pem")
                .allSatisfy((key, value) -> assertThat(value).as(key).contains("CHANGE_ME"));
    }

    @Test
    void theDevOverlayShouldGenerateTheSecretOfTheTemplateWithTheDevelopmentKey() throws IOException {
        Path dev = Project.K8S.resolve("overlays/dev");
        Map<?, ?> generator = (Map<?, ?>)
                list(Manifests.kustomization(dev.resolve("kustomization.yaml")).get("secretGenerator"))
                        .get(0);
        Secret template = secretTemplate();
        assertThat(generator.get("name")).isEqualTo(template.getMetadata().getName());
        Map<String, String> values = new java.util.TreeMap<>();
        for (Object literal : list(generator.get("literals"))) {
            String s = literal.toString();
            values.put(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1));
        }
        Set<String> keys = new java.util.TreeSet<>(values.keySet());
        for (Object file : list(generator.get("files"))) {
            String s = file.toString();
            keys.add(s.substring(0, s.indexOf('=')));
            assertThat(Files.readString(dev.resolve(s.substring(s.indexOf('=') + 1))))
                    .as("the dev overlay trusts the committed development key")
                    .isEqualTo(Files.readString(Project.ROOT.resolve("src/main/resources/dev/publicKey.pem")));
        }
        assertThat(keys).isEqualTo(template.getStringData().keySet());
        assertThat(values.get("JWT_ISSUER")).isEqualTo(TokenCommand.DEV_ISSUER);
        // The URL names the in-cluster database: its Service, port and database name.
        StatefulSet db = find(objects, StatefulSet.class, "transit-planner-db").orElseThrow();
        Container postgres =
                db.getSpec().getTemplate().getSpec().getContainers().get(0);
        String dbName = postgres.getEnv().stream()
                .filter(e -> e.getName().equals("POSTGRES_DB"))
                .findFirst()
                .orElseThrow()
                .getValue();
        assertThat(find(objects, Service.class, db.getSpec().getServiceName())).isPresent();
        assertThat(values.get("DB_URL"))
                .isEqualTo("jdbc:postgresql://" + db.getSpec().getServiceName() + ":"
                        + postgres.getPorts().get(0).getContainerPort() + "/" + dbName);
    }

    /**
     * Renders both overlays with the kubectl on the PATH (or $KUBECTL), as a user applies them, and checks what comes
     * out: everything in the namespace, the replan job intact after the patches, the image of the overlay.
     */
    @Test
    void theOverlaysShouldRenderWithKubectl() throws Exception {
        String kubectl = kubectl();
        assumeTrue(
                kubectl != null, "kubectl is not installed here: the overlays are not rendered (.ci/run installs it)");
        for (Path overlay : overlays()) {
            List<Manifest> rendered = Manifests.parse(overlay.getFileName() + " (rendered)", render(kubectl, overlay));
            List<String> faults = new ArrayList<>();
            for (Manifest m : rendered) {
                if (!(m.object() instanceof Namespace)
                        && !"transit-planner".equals(m.object().getMetadata().getNamespace())) {
                    faults.add(m.source() + ": " + m.object().getKind() + "/" + Manifests.name(m.object())
                            + " is outside the namespace transit-planner");
                }
                Manifests.unknownFields(m.object()).forEach(f -> faults.add(m.source() + ": unknown field " + f));
            }
            CronJob cron =
                    find(rendered, CronJob.class, "transit-planner-replan").orElseThrow();
            Container replan = cron.getSpec()
                    .getJobTemplate()
                    .getSpec()
                    .getTemplate()
                    .getSpec()
                    .getContainers()
                    .get(0);
            if (!List.of("replan", "--time", "300s", "--publish").equals(replan.getArgs())
                    || replan.getImage() == null
                    || list(replan.getEnv()).isEmpty()) {
                faults.add(overlay + ": a patch lost the replan container's args, image or environment: " + replan);
            }
            Deployment api = find(rendered, Deployment.class, "transit-planner").orElseThrow();
            Container container =
                    api.getSpec().getTemplate().getSpec().getContainers().get(0);
            if (container.getStartupProbe() == null || list(container.getEnv()).isEmpty()) {
                faults.add(overlay + ": a patch lost the API container's probes or environment");
            }
            Object images = Manifests.kustomization(overlay.resolve("kustomization.yaml"))
                    .get("images");
            for (Object entry : list(images)) {
                Map<?, ?> image = (Map<?, ?>) entry;
                String expected = image.get("newName") + ":" + image.get("newTag");
                if (!container.getImage().equals(expected) || !replan.getImage().equals(expected)) {
                    faults.add(overlay + ": rendered images are " + container.getImage() + " and " + replan.getImage()
                            + ", not " + expected);
                }
            }
            assertThat(Manifests.workloads(rendered)).hasSize(3);
            assertThat(faults).as(overlay.toString()).isEmpty();
        }
    }

    // ---------------------------------------------------------------- helpers

    private static String kubectl() {
        String configured = System.getenv("KUBECTL");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "kubectl"))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst()
                .orElse(null);
    }

    private static String render(String kubectl, Path overlay) throws Exception {
        Process process = new ProcessBuilder(kubectl, "kustomize", overlay.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("kubectl kustomize " + overlay).isZero();
        return out;
    }

    private static List<Path> overlays() {
        try (Stream<Path> dirs = Files.list(Project.K8S.resolve("overlays"))) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Secret secretTemplate() {
        return objects.stream()
                .filter(m -> m.source().startsWith("secret"))
                .map(Manifest::object)
                .map(Secret.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private ConfigMap configMap() {
        return find(objects, ConfigMap.class, "transit-planner").orElseThrow();
    }

    /** The variables a container gets: its env, and the keys of the ConfigMaps and Secrets it takes whole. */
    private Set<String> environment(Container c) {
        Set<String> names = new LinkedHashSet<>();
        list(c.getEnv()).forEach(e -> names.add(e.getName()));
        for (EnvFromSource from : list(c.getEnvFrom())) {
            if (from.getConfigMapRef() != null) {
                names.addAll(
                        find(objects, ConfigMap.class, from.getConfigMapRef().getName())
                                .orElseThrow()
                                .getData()
                                .keySet());
            }
            if (from.getSecretRef() != null) {
                names.addAll(secretTemplate().getStringData().keySet());
            }
        }
        return names;
    }

    private static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : value;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return value == null ? List.of() : (List<T>) value;
    }
}
