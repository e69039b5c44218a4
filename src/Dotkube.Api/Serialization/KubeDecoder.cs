using System.Text;
using System.Text.Json;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Serialization;

/// <summary>
/// The universal decoder: JSON or YAML bytes to a typed object, resolved by apiVersion and kind
/// through <see cref="Scheme.Default"/>, with upstream's errors and fieldValidation behaviour.
/// <para>
/// With <c>into</c> (the kind the URL names) missing kind/apiVersion are defaulted from it, as
/// upstream's create/update handlers do, and every error is wrapped as theirs are:
/// <c>Pod in version "v1" cannot be handled as a Pod: ...</c>, or for bodies whose kind cannot be
/// read, <c>the object provided is unrecognized (must be of type Pod): ... (summary)</c>.
/// </para>
/// </summary>
public static class KubeDecoder
{
    /// <summary>The scheme name upstream's apiserver puts in "not registered" errors.</summary>
    public const string SchemeName = "k8s.io/kubernetes/pkg/api/legacyscheme/scheme.go:30";

    /// <summary>Decodes one document (for YAML, the first of a stream, as yaml.v2 does).</summary>
    /// <exception cref="DecodeException">The body cannot be decoded; the message is upstream's.</exception>
    public static DecodedObject Decode(ReadOnlySpan<byte> data, FieldValidation validation = FieldValidation.Ignore, ResourceInfo? into = null)
    {
        GroupVersionKind? actual = null;
        try
        {
            return DecodeCore(data, validation, into, out actual);
        }
        catch (DecodeException e) when (into is not null)
        {
            var message = actual is { Kind.Length: > 0 } gvk
                ? $"{gvk.Kind} in version \"{gvk.Version}\" cannot be handled as a {into.Kind}: {e.Message}"
                : $"the object provided is unrecognized (must be of type {into.Kind}): {e.Message} ({Summarize(data)})";
            throw new DecodeException(message, e.StrictErrors);
        }
    }

    /// <summary>
    /// Decodes every document of a YAML stream ("---" separated; empty documents skipped) or
    /// of concatenated JSON objects. With <paramref name="expandLists"/>, a v1 List or any
    /// "...List" with items becomes its items, as kubectl expands them; items missing kind or
    /// apiVersion take the list's (PodList items are Pods).
    /// </summary>
    public static IReadOnlyList<DecodedObject> DecodeAll(ReadOnlySpan<byte> data, FieldValidation validation = FieldValidation.Ignore, bool expandLists = true)
    {
        var results = new List<DecodedObject>();
        var documents = KubeYaml.IsJson(data) ? SplitJson(data) : KubeYaml.SplitDocuments(data);
        for (var i = 0; i < documents.Count; i++)
        {
            try
            {
                var json = KubeYaml.IsJson(documents[i]) ? documents[i] : KubeYaml.ToJson(documents[i]);
                if (json.AsSpan().Trim(" \t\r\n"u8).SequenceEqual("null"u8))
                {
                    continue;
                }

                if (expandLists && TryExpandList(json, validation, results))
                {
                    continue;
                }

                results.Add(Decode(documents[i], validation));
            }
            catch (DecodeException e) when (e.DocumentIndex is null)
            {
                throw new DecodeException(e.Message, e.StrictErrors) { DocumentIndex = i };
            }
        }

        return results;
    }

    private static DecodedObject DecodeCore(ReadOnlySpan<byte> data, FieldValidation validation, ResourceInfo? into, out GroupVersionKind? actual)
    {
        actual = null;
        var yamlStrictErrors = new List<string>();
        ReadOnlySpan<byte> json = data;
        if (!KubeYaml.IsJson(data))
        {
            json = KubeYaml.ToJson(data, out var duplicates);
            if (duplicates.Count > 0)
            {
                // yaml.v2's UnmarshalStrict error, which upstream reports as one strict error.
                yamlStrictErrors.Add("error converting YAML to JSON: yaml: unmarshal errors:\n  " + string.Join("\n  ", duplicates));
            }
        }

        var (apiVersion, kind) = TypeMetaReader.Read(json);
        var gvk = ParseGroupVersion(apiVersion, kind);
        if (into is not null)
        {
            gvk = WithDefaults(gvk, into.Gvk);
        }

        actual = gvk;
        if (gvk.Kind.Length == 0)
        {
            throw new DecodeException($"Object 'Kind' is missing in '{Encoding.UTF8.GetString(data)}'");
        }

        if (gvk.Version.Length == 0)
        {
            throw new DecodeException($"Object 'apiVersion' is missing in '{Encoding.UTF8.GetString(data)}'");
        }

        var resource = into is not null && into.Gvk == gvk ? into : Scheme.Default.Find(gvk)
            ?? throw new DecodeException($"no kind \"{gvk.Kind}\" is registered for version \"{gvk.ApiVersion}\" in scheme \"{SchemeName}\"");
        if (into is not null && resource != into)
        {
            // Upstream decodes the other kind, then fails converting it to the handler's type.
            throw new DecodeException(
                $"converting ({JsonErrors.GoTypeName(resource.ClrType, qualified: true)}) to ({InternalPackage(into)}.{into.Kind}): unknown conversion");
        }

        var (fieldErrors, rewritten) = JsonFieldWalker.Walk(json, resource.TypeInfo);
        var body = rewritten is null ? json : rewritten;
        object obj;
        try
        {
            obj = JsonSerializer.Deserialize(body, resource.TypeInfo)
                ?? throw new DecodeException($"Object 'Kind' is missing in '{Encoding.UTF8.GetString(data)}'");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or FormatException or OverflowException or ArgumentException)
        {
            throw new DecodeException(JsonErrors.Describe(e, body, resource.TypeInfo));
        }

        var strict = yamlStrictErrors.Concat(fieldErrors).ToArray();
        if (strict.Length > 0 && validation == FieldValidation.Strict)
        {
            throw new DecodeException("strict decoding error: " + string.Join(", ", strict), strict);
        }

        return new DecodedObject(obj, resource, validation == FieldValidation.Warn ? strict : []);
    }

    /// <summary>Upstream's schema.ParseGroupVersion: "" is empty, "v1" is core, one slash splits, more is an error.</summary>
    private static GroupVersionKind ParseGroupVersion(string apiVersion, string kind)
    {
        if (apiVersion.Length == 0 || apiVersion == "/")
        {
            return new GroupVersionKind("", "", kind);
        }

        if (apiVersion.Count(c => c == '/') > 1)
        {
            throw new DecodeException($"unexpected GroupVersion string: {apiVersion}");
        }

        return GroupVersionKind.FromApiVersion(apiVersion, kind);
    }

    /// <summary>Upstream's gvkWithDefaults: the body wins, the URL fills what it leaves out.</summary>
    private static GroupVersionKind WithDefaults(GroupVersionKind actual, GroupVersionKind defaults)
    {
        var kind = actual.Kind.Length == 0 ? defaults.Kind : actual.Kind;
        var (group, version) = (actual.Group, actual.Version);
        if (version.Length == 0 && group.Length == 0)
        {
            (group, version) = (defaults.Group, defaults.Version);
        }

        if (version.Length == 0 && group == defaults.Group)
        {
            version = defaults.Version;
        }

        return new GroupVersionKind(group, version, kind);
    }

    /// <summary>The internal (hub) package upstream converts into: "core" for the legacy group, else the group's first label.</summary>
    private static string InternalPackage(ResourceInfo info) =>
        info.Group.Length == 0 || info.Group == "events.k8s.io" ? "core" : info.Group.Split('.')[0];

    /// <summary>Upstream's summarizeData: a JSON object's first 30 bytes, otherwise their hex.</summary>
    public static string Summarize(ReadOnlySpan<byte> data)
    {
        const int max = 30;
        if (data.IsEmpty)
        {
            return "<empty>";
        }

        var head = data.Length > max ? data[..max] : data;
        var text = data[0] == (byte)'{' ? Encoding.UTF8.GetString(head) : Convert.ToHexStringLower(head);
        return data.Length > max ? text + " ..." : text;
    }

    private static bool TryExpandList(byte[] json, FieldValidation validation, List<DecodedObject> results)
    {
        var (apiVersion, kind) = TypeMetaReader.Read(json);
        if (!kind.EndsWith("List", StringComparison.Ordinal) || Scheme.Default.Find(ParseGroupVersion(apiVersion, kind)) is not null)
        {
            return false;
        }

        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = KubeJson.MaxDepth });
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        // A typed list (PodList) implies its items' kind; v1 List items must name their own.
        var itemKind = kind == "List" ? null : kind[..^"List".Length];
        foreach (var item in items.EnumerateArray())
        {
            var bytes = Encoding.UTF8.GetBytes(item.GetRawText());
            if (itemKind is not null && item.ValueKind == JsonValueKind.Object)
            {
                var defaults = GroupVersionKind.FromApiVersion(apiVersion, itemKind);
                var resource = Scheme.Default.Find(defaults);
                if (resource is not null)
                {
                    results.Add(Decode(bytes, validation, resource));
                    continue;
                }
            }

            if (!TryExpandList(bytes, validation, results))
            {
                results.Add(Decode(bytes, validation));
            }
        }

        return true;
    }

    /// <summary>Concatenated JSON values, as kubectl's JSON stream decoder reads them.</summary>
    private static List<byte[]> SplitJson(ReadOnlySpan<byte> data)
    {
        var documents = new List<byte[]>();
        var reader = new Utf8JsonReader(data, new JsonReaderOptions { AllowMultipleValues = true, MaxDepth = KubeJson.MaxDepth });
        try
        {
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                documents.Add(data[start..(int)reader.BytesConsumed].ToArray());
            }
        }
        catch (JsonException e)
        {
            throw new DecodeException("couldn't get version/kind; json parse error: " + JsonErrors.Syntax(e)) { DocumentIndex = documents.Count };
        }

        return documents;
    }
}
