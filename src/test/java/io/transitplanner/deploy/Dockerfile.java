package io.transitplanner.deploy;

import java.util.ArrayList;
import java.util.List;

/** The instructions of src/main/docker/Dockerfile.jvm that the tests check (line continuations joined). */
record Dockerfile(List<Copy> copies, List<String> exposed, String user, String entrypoint) {

    /** {@code COPY [--chown=..] SOURCE... DEST}. */
    record Copy(List<String> sources, String destination, String chown) {}

    static Dockerfile parse() {
        List<Copy> copies = new ArrayList<>();
        List<String> exposed = new ArrayList<>();
        String user = null;
        String entrypoint = null;
        String text = Project.read(Project.DOCKERFILE).replace("\\\n", " ");
        for (String line : text.split("\n")) {
            String[] words = line.strip().split("\\s+");
            if (words[0].isEmpty() || words[0].startsWith("#")) {
                continue;
            }
            switch (words[0].toUpperCase()) {
                case "COPY" -> {
                    List<String> args = new ArrayList<>(List.of(words).subList(1, words.length));
                    String chown = null;
                    while (!args.isEmpty() && args.get(0).startsWith("--")) {
                        String flag = args.remove(0);
                        if (flag.startsWith("--chown=")) {
                            chown = flag.substring("--chown=".length());
                        }
                    }
                    copies.add(new Copy(args.subList(0, args.size() - 1), args.get(args.size() - 1), chown));
                }
                case "EXPOSE" -> exposed.addAll(List.of(words).subList(1, words.length));
                case "USER" -> user = words[1];
                case "ENTRYPOINT" -> entrypoint =
                        line.strip().substring("ENTRYPOINT".length()).strip();
                default -> {}
            }
        }
        return new Dockerfile(copies, exposed, user, entrypoint);
    }
}
