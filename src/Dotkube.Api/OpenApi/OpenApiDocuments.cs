using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Dotkube.Api.Schema;

namespace Dotkube.Api.OpenApi;

/// <summary>
/// The OpenAPI v3 documents kube-apiserver serves: one per group/version at
/// <c>/openapi/v3/api/v1</c>, <c>/openapi/v3/apis/apps/v1</c>, ..., and the index at
/// <c>/openapi/v3</c> that names each with a content hash. kubectl (explain, client-side apply's
/// patch metadata, validation) and the generated clients read them.
/// All documents are built together on first use and never change afterwards, so the bytes and
/// hashes are stable for the life of the process (and across processes: the output is sorted).
/// </summary>
public sealed class OpenApiDocuments
{
    private readonly Lazy<FrozenDictionary<string, Entry>> _documents;

    public OpenApiDocuments(Scheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var kinds = new KindTable(scheme);
        GroupVersions = kinds.GroupVersions.Select(gv => new GroupVersionNames(gv.Group, gv.Version).Key).ToArray();
        _documents = new Lazy<FrozenDictionary<string, Entry>>(() => BuildAll(scheme, kinds));
    }

    public static OpenApiDocuments Default { get; } = new(Scheme.Default);

    /// <summary>The document keys, core first: "api/v1", "apis/apps/v1", ...</summary>
    public IReadOnlyList<string> GroupVersions { get; }

    /// <summary>
    /// The UTF-8 JSON document of a group/version key such as "apis/apps/v1". The array is the
    /// cached copy, shared by every caller, so it must not be modified.
    /// </summary>
    public byte[] Get(string groupVersion) => Find(groupVersion).Json;

    public bool Contains(string groupVersion) => _documents.Value.ContainsKey(groupVersion);

    /// <summary>
    /// The hash clients use to cache a document (the <c>hash</c> query parameter and ETag):
    /// upper-case hex SHA-512 of the bytes, as upstream publishes.
    /// </summary>
    public string Hash(string groupVersion) => Find(groupVersion).Hash;

    /// <summary>
    /// The <c>/openapi/v3</c> discovery document: each group/version's URL with its hash, so a
    /// client re-fetches only what changed. <paramref name="serverUrlPrefix"/> is the path the
    /// documents are served under, normally "/openapi/v3".
    /// </summary>
    public byte[] Index(string serverUrlPrefix = "/openapi/v3")
    {
        var prefix = serverUrlPrefix.TrimEnd('/');
        var paths = new JsonObject();
        foreach (var key in GroupVersions)
        {
            paths[key] = new JsonObject { ["serverRelativeURL"] = $"{prefix}/{key}?hash={Hash(key)}" };
        }

        return SortedJson.ToUtf8Bytes(new JsonObject { ["paths"] = paths });
    }

    private Entry Find(string groupVersion) =>
        _documents.Value.TryGetValue(groupVersion, out var entry)
            ? entry
            : throw new KeyNotFoundException($"no OpenAPI document for \"{groupVersion}\"");

    private static FrozenDictionary<string, Entry> BuildAll(Scheme scheme, KindTable kinds)
    {
        var docs = XmlDocs.Load(typeof(Scheme).Assembly);
        var documents = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var group in scheme.All.GroupBy(r => (r.Group, r.Version)))
        {
            var gv = new GroupVersionNames(group.Key.Group, group.Key.Version);
            var json = SortedJson.ToUtf8Bytes(DocumentBuilder.Build(gv, group, kinds, docs));
            documents[gv.Key] = new Entry(json, Convert.ToHexString(SHA512.HashData(json)));
        }

        return documents.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed record Entry(byte[] Json, string Hash);
}
