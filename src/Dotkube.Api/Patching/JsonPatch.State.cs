using System.Text.Json.Nodes;

namespace Dotkube.Api.Patching;

public static partial class JsonPatch
{
    /// <summary>The document being patched and upstream's six operations on it.</summary>
    private sealed class State(JsonNode root)
    {
        private const string Missing = ": missing value";

        public JsonNode Root { get; private set; } = root;

        public void Add(JsonObject op)
        {
            var path = StringField(op, "path", out _) ?? throw Failed("add operation failed to decode path" + Missing);
            var (container, key) = FindParent(path) ?? throw Failed($"add operation does not apply: doc is missing path: \"{path}\"{Missing}");
            Try(() => Pointer.Add(container, key, Value(op)), $"error in add for path: '{path}'");
        }

        public void Remove(JsonObject op)
        {
            var path = StringField(op, "path", out _) ?? throw Failed("remove operation failed to decode path" + Missing);
            var (container, key) = FindParent(path) ?? throw Failed($"remove operation does not apply: doc is missing path: \"{path}\"{Missing}");
            Try(() => Pointer.Remove(container, key), $"error in remove for path: '{path}'");
        }

        public void Replace(JsonObject op)
        {
            var path = StringField(op, "path", out var pathError) ?? throw Failed($"replace operation failed to decode path: {pathError}");
            if (path.Length == 0)
            {
                // Upstream swaps the whole document for an object or array and silently ignores any other value.
                if (Value(op) is JsonObject or JsonArray)
                {
                    Root = Value(op)!;
                }

                return;
            }

            var (container, key) = FindParent(path) ?? throw Failed($"replace operation does not apply: doc is missing path: {path}{Missing}");
            try
            {
                Pointer.Get(container, key);
            }
            catch (PatchException)
            {
                throw Failed($"replace operation does not apply: doc is missing key: {path}{Missing}");
            }

            Try(() => Pointer.Set(container, key, Value(op)), $"error in remove for path: '{path}'");
        }

        public void Move(JsonObject op)
        {
            var from = StringField(op, "from", out var fromError) ?? throw Failed($"move operation failed to decode from: {fromError}");
            var (source, sourceKey) = FindParent(from) ?? throw Failed($"move operation does not apply: doc is missing from path: {from}{Missing}");
            JsonNode? value = null;
            Try(() => value = Pointer.Get(source, sourceKey), $"error in move for path: '{sourceKey}'");
            Try(() => Pointer.Remove(source, sourceKey), $"error in move for path: '{sourceKey}'");

            var path = StringField(op, "path", out var pathError) ?? throw Failed($"move operation failed to decode path: {pathError}");
            var (container, key) = FindParent(path) ?? throw Failed($"move operation does not apply: doc is missing destination path: {path}{Missing}");
            Try(() => Pointer.Add(container, key, value), $"error in move for path: '{path}'");
        }

        public void Test(JsonObject op)
        {
            var path = StringField(op, "path", out var pathError) ?? throw Failed($"test operation failed to decode path: {pathError}");
            var expected = op["value"];
            if (path.Length == 0)
            {
                if (!JsonEquality.Equal(Root, expected))
                {
                    throw Failed($"testing value {path} failed: test failed");
                }

                return;
            }

            var (container, key) = FindParent(path) ?? throw Failed($"test operation does not apply: is missing path: {path}{Missing}");
            JsonNode? actual = null;
            Try(() => actual = Pointer.Get(container, key), $"error in test for path: '{path}'");
            var matches = actual is null ? expected is null : op.ContainsKey("value") && JsonEquality.Equal(actual, expected);
            if (!matches)
            {
                throw Failed($"testing value {path} failed: test failed");
            }
        }

        public void Copy(JsonObject op)
        {
            var from = StringField(op, "from", out var fromError) ?? throw Failed($"copy operation failed to decode from: {fromError}");
            var (source, sourceKey) = FindParent(from) ?? throw Failed($"copy operation does not apply: doc is missing from path: {from}{Missing}");
            JsonNode? value = null;
            Try(() => value = Pointer.Get(source, sourceKey), $"error in copy for from: '{from}'");

            var path = StringField(op, "path", out _) ?? throw Failed("copy operation failed to decode path" + Missing);
            var (container, key) = FindParent(path) ?? throw Failed($"copy operation does not apply: doc is missing destination path: {path}{Missing}");
            Try(() => Pointer.Add(container, key, value?.DeepClone()), "error while adding value during copy");
        }

        private static JsonNode? Value(JsonObject op) => op["value"]?.DeepClone();

        private static void Try(Action action, string context)
        {
            try
            {
                action();
            }
            catch (PatchException e)
            {
                throw Failed($"{context}: {e.Message}");
            }
        }

        /// <summary>
        /// Upstream findObject: the container holding the pointer's last token, walking objects and
        /// arrays; null when the pointer has no token or a step is missing or not a container.
        /// The first segment is skipped without checking it is empty, as upstream.
        /// </summary>
        private (JsonNode Container, string Key)? FindParent(string path)
        {
            var parts = path.Split('/');
            if (parts.Length < 2)
            {
                return null;
            }

            var current = Root;
            for (var i = 1; i < parts.Length - 1; i++)
            {
                JsonNode? next;
                try
                {
                    next = Pointer.Get(current, Pointer.Unescape(parts[i]));
                }
                catch (PatchException)
                {
                    return null;
                }

                if (next is not (JsonObject or JsonArray))
                {
                    return null;
                }

                current = next;
            }

            return (current, Pointer.Unescape(parts[^1]));
        }
    }
}
