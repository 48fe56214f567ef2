package io.transitplanner.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The manifests under k8s/, read with the fabric8 Kubernetes model. */
final class Manifests {
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Manifests() {}

    /** One object and the file it came from (a rendered overlay for kubectl's output). */
    record Manifest(String source, HasMetadata object) {}

    /** A pod template, whose it is, and whether its pods run until stopped (a service) or to completion (a job). */
    record Workload(Manifest owner, PodTemplateSpec template, boolean longRunning) {
        String where() {
            return owner.source() + " " + owner.object().getKind() + "/" + name(owner.object());
        }

        Map<String, String> podLabels() {
            return template.getMetadata().getLabels();
        }
    }

    static List<Path> yamlFiles() {
        try (Stream<Path> files = Files.walk(Project.K8S)) {
            return files.filter(
                            f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isKustomization(Path file) {
        return file.getFileName().toString().startsWith("kustomization.");
    }

    /** Every kustomization file as a plain map. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> kustomization(Path file) {
        try {
            return YAML.readValue(file.toFile(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The objects of one file (one YAML document each). */
    static List<Manifest> read(Path file) {
        return parse(Project.K8S.relativize(file).toString(), Project.read(file));
    }

    /** The objects of a multi-document YAML text, e.g. the output of `kubectl kustomize`. */
    static List<Manifest> parse(String source, String yaml) {
        List<Manifest> manifests = new ArrayList<>();
        for (String document : yaml.split("(?m)^---\\s*$")) {
            if (document.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
                continue;
            }
            Object object = SERIALIZATION.unmarshal(document);
            if (!(object instanceof HasMetadata resource)) {
                throw new IllegalArgumentException(source + ": not a Kubernetes object: " + object);
            }
            manifests.add(new Manifest(source, resource));
        }
        return manifests;
    }

    /** The objects the deployment consists of: every file that is not a kustomization or an overlay's patch. */
    static List<Manifest> objects() {
        return yamlFiles().stream()
                .filter(f -> !isKustomization(f))
                .filter(f -> !Project.K8S.relativize(f).startsWith("overlays"))
                .flatMap(f -> read(f).stream())
                .toList();
    }

    static String name(HasMetadata object) {
        return object.getMetadata().getName() != null
                ? object.getMetadata().getName()
                : object.getMetadata().getGenerateName();
    }

    static List<Workload> workloads(Collection<Manifest> manifests) {
        List<Workload> workloads = new ArrayList<>();
        for (Manifest m : manifests) {
            if (m.object() instanceof Deployment d) {
                workloads.add(new Workload(m, d.getSpec().getTemplate(), true));
            } else if (m.object() instanceof StatefulSet s) {
                workloads.add(new Workload(m, s.getSpec().getTemplate(), true));
            } else if (m.object() instanceof CronJob c) {
                workloads.add(
                        new Workload(m, c.getSpec().getJobTemplate().getSpec().getTemplate(), false));
            } else if (m.object() instanceof Job j) {
                workloads.add(new Workload(m, j.getSpec().getTemplate(), false));
            }
        }
        return workloads;
    }

    /** True for a container of the application's image (whatever registry or tag an overlay gives it). */
    static boolean runsTheApplication(Container container) {
        String image = container.getImage();
        String withoutTag = image.contains(":") ? image.substring(0, image.lastIndexOf(':')) : image;
        String name = Project.buildImage().split(":")[0];
        return withoutTag.equals(name) || withoutTag.endsWith("/" + name);
    }

    static <T extends HasMetadata> Optional<T> find(Collection<Manifest> manifests, Class<T> kind, String name) {
        return manifests.stream()
                .map(Manifest::object)
                .filter(kind::isInstance)
                .map(kind::cast)
                .filter(o -> name.equals(o.getMetadata().getName()))
                .findFirst();
    }

    /** Kubernetes's label selector semantics: every matchLabels entry and every matchExpressions requirement. */
    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        Map<String, String> actual = labels == null ? Map.of() : labels;
        if (selector.getMatchLabels() != null) {
            for (var e : selector.getMatchLabels().entrySet()) {
                if (!e.getValue().equals(actual.get(e.getKey()))) {
                    return false;
                }
            }
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement r : selector.getMatchExpressions()) {
                String value = actual.get(r.getKey());
                boolean ok =
                        switch (r.getOperator()) {
                            case "In" -> value != null && r.getValues().contains(value);
                            case "NotIn" -> value == null || !r.getValues().contains(value);
                            case "Exists" -> value != null;
                            case "DoesNotExist" -> value == null;
                            default -> throw new IllegalArgumentException("operator " + r.getOperator());
                        };
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Paths of the fields the model does not know (a misspelt or misplaced key, which Kubernetes would drop or
     * refuse): fabric8 keeps them as "additional properties" on the object where they appeared.
     */
    static List<String> unknownFields(Object object) {
        List<String> unknown = new ArrayList<>();
        collectUnknown(object, "", unknown);
        return unknown;
    }

    private static void collectUnknown(Object object, String path, List<String> unknown) {
        if (object == null) {
            return;
        }
        if (object instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                collectUnknown(item, path + "[" + i++ + "]", unknown);
            }
            return;
        }
        if (object instanceof Map<?, ?> map) {
            map.forEach((k, v) -> collectUnknown(v, path + "." + k, unknown));
            return;
        }
        if (!object.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : object.getClass().getMethods()) {
            if (getter.getParameterCount() != 0
                    || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get")
                    || getter.getName().equals("getClass")) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(object);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            String field = Character.toLowerCase(getter.getName().charAt(3))
                    + getter.getName().substring(4);
            if (field.equals("additionalProperties")) {
                ((Map<?, ?>) value).keySet().forEach(k -> unknown.add(path + "." + k));
            } else if (!(value instanceof String) && !(value instanceof Number) && !(value instanceof Boolean)) {
                collectUnknown(value, path + "." + field, unknown);
            }
        }
    }
}
