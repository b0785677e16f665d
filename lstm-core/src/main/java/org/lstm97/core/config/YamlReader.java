package org.lstm97.core.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML safely into {@link ConfigNode}s with positions: SnakeYAML composes the node graph (no object
 * construction, so no class names or tags can run code); we then reject explicit tags, duplicate keys,
 * non-string keys, merge keys, deep nesting and alias bombs, each with {@code file:line: message}. Scalars are
 * resolved and built by SnakeYAML's own (YAML 1.1) resolver and safe constructor, so {@code 0x10} and
 * {@code 010} read 16 and 8, {@code yes} reads true and {@code ~} null, as in every YAML tool; integers are
 * kept as {@code Long}; infinities, NaN and integers beyond 64 bits are refused.
 *
 * <p>This is the one reading of YAML values in the project: experiment files, {@code --set} values and the
 * defaults written in {@code @Param} annotations all come through {@link #parse} or {@link #value}.
 */
public final class YamlReader {
    private static final int MAX_DEPTH = 20;
    private static final int MAX_ALIASES = 20;
    private static final int MAX_CODE_POINTS = 1 << 20;
    private static final Set<Tag> PLAIN_TAGS =
            Set.of(Tag.MAP, Tag.SEQ, Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL);

    private YamlReader() {}

    /** Reads {@code path}, naming it {@code name} in messages. */
    public static ConfigNode read(Path path, String name) {
        if (Files.isDirectory(path)) {
            throw new ConfigException(name + ": is a directory, not an experiment file");
        }
        String text;
        try {
            byte[] bytes = Files.readAllBytes(path);
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new ConfigException(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new ConfigException(name + ": cannot read the file (permission denied)");
        } catch (CharacterCodingException e) {
            throw new ConfigException(name + ": not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot read the file (" + e.getMessage() + ")");
        }
        return parse(text, name);
    }

    /**
     * Reads one YAML value ({@code --set} text, a parameter's declared default) as plain data: a String,
     * Long, Double, Boolean, null, or lists and maps of them; blank text is null.
     */
    public static Object value(String text, String name) {
        return text.isBlank() ? null : parse(text, name).toPlain();
    }

    /** Parses {@code text}, naming it {@code name} in messages. */
    public static ConfigNode parse(String text, String name) {
        if (text.isBlank()) {
            throw new ConfigException(name + ": the file is empty");
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        // Composing builds no objects, so every tag may pass the parser; convert() then rejects any explicit tag.
        options.setTagInspector(tag -> true);
        Node root;
        try (Reader reader = new StringReader(text)) {
            root = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw ConfigException.at(
                    new Origin(name, mark == null ? 0 : mark.getLine() + 1), "malformed YAML: " + oneLine(problem));
        } catch (YAMLException e) {
            String message = oneLine(e.getMessage());
            if (message.startsWith("Number of aliases")) {
                throw new ConfigException(
                        name + ": too many YAML aliases (at most " + MAX_ALIASES + "; an alias bomb?)");
            }
            if (message.startsWith("Nesting Depth exceeded")) {
                throw new ConfigException(name + ": nesting deeper than " + MAX_DEPTH + " levels");
            }
            throw new ConfigException(name + ": malformed YAML: " + message);
        } catch (IOException e) {
            throw new ConfigException(name + ": " + e.getMessage());
        }
        if (root == null) {
            throw new ConfigException(name + ": the file is empty");
        }
        return convert(root, name, 0, new int[] {0}, new Scalars());
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    private static ConfigNode convert(Node node, String name, int depth, int[] nodes, Scalars scalars) {
        Origin origin = new Origin(name, node.getStartMark().getLine() + 1);
        if (depth > MAX_DEPTH) {
            throw ConfigException.at(origin, "nesting deeper than " + MAX_DEPTH + " levels");
        }
        if (++nodes[0] > 100_000) {
            throw ConfigException.at(origin, "too many YAML nodes (alias expansion?)");
        }
        if (!PLAIN_TAGS.contains(node.getTag())) {
            throw ConfigException.at(
                    origin, "YAML tags are not allowed: " + node.getTag().getValue());
        }
        if (node instanceof MappingNode mapping) {
            Map<String, ConfigNode> entries = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                Origin keyOrigin = new Origin(name, keyNode.getStartMark().getLine() + 1);
                if (!(keyNode instanceof ScalarNode scalarKey) || !PLAIN_TAGS.contains(keyNode.getTag())) {
                    throw ConfigException.at(keyOrigin, "keys must be plain names");
                }
                String key = scalarKey.getValue();
                if ("<<".equals(key)) {
                    throw ConfigException.at(keyOrigin, "YAML merge keys (<<) are not allowed");
                }
                if (entries.containsKey(key)) {
                    throw ConfigException.at(keyOrigin, "duplicate key '" + key + "'");
                }
                ConfigNode value = convert(tuple.getValueNode(), name, depth + 1, nodes, scalars);
                // A value is located at its key's line, where users look for it.
                entries.put(key, relocate(value, keyOrigin));
            }
            return ConfigNode.map(origin, entries);
        }
        if (node instanceof SequenceNode sequence) {
            List<ConfigNode> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(convert(item, name, depth + 1, nodes, scalars));
            }
            return ConfigNode.list(origin, items);
        }
        ScalarNode scalar = (ScalarNode) node;
        return ConfigNode.scalar(origin, scalars.value(scalar, origin));
    }

    private static ConfigNode relocate(ConfigNode value, Origin origin) {
        return switch (value.shape()) {
            case MAP -> ConfigNode.map(origin, value.entries());
            case LIST -> ConfigNode.list(origin, value.items());
            default -> ConfigNode.scalar(origin, value.scalar());
        };
    }

    /** SnakeYAML's safe constructor, used for scalars only (the resolver has already tagged each one). */
    private static final class Scalars extends SafeConstructor {
        Scalars() {
            super(new LoaderOptions());
        }

        Object value(ScalarNode node, Origin origin) {
            Object value;
            try {
                value = constructObject(node);
            } catch (RuntimeException e) {
                throw ConfigException.at(origin, "not a number: " + node.getValue());
            }
            if (value instanceof Integer i) {
                return i.longValue();
            }
            if (value instanceof BigInteger) {
                throw ConfigException.at(origin, "integer out of range (beyond 64 bits): " + node.getValue());
            }
            if (value instanceof Double d && !Double.isFinite(d)) {
                throw ConfigException.at(origin, "infinite or NaN numbers are not allowed: " + node.getValue());
            }
            return value;
        }
    }
}
