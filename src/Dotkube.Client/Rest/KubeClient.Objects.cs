using System.Net;
using System.Text;
using System.Text.Json;
using Dotkube.Api.Meta;
using Dotkube.Api.Serialization;

namespace Dotkube.Client.Rest;

public sealed partial class KubeClient
{
    public Task<T> GetAsync<T>(string? ns, string name, CancellationToken ct = default)
        where T : KubeObject =>
        SendAsync<T>(HttpMethod.Get, ResourcePaths.Item(ResourcePaths.Of<T>(), ns, name), null, ct);

    /// <summary>One page (with <see cref="ListOptions.Limit"/>) or all of a kind; null <paramref name="ns"/> lists every namespace.</summary>
    public Task<KubeList<T>> ListAsync<T>(string? ns, ListOptions? options = null, CancellationToken ct = default)
        where T : KubeObject =>
        SendAsync<KubeList<T>>(HttpMethod.Get, ResourcePaths.Collection(ResourcePaths.Of<T>(), ns) + QueryString.For(options), null, ct);

    public Task<T> CreateAsync<T>(T obj, CreateOptions? options = null, CancellationToken ct = default)
        where T : KubeObject =>
        CreateAsync(null, obj, options, ct);

    internal Task<T> CreateAsync<T>(string? ns, T obj, CreateOptions? options, CancellationToken ct)
        where T : KubeObject
    {
        ArgumentNullException.ThrowIfNull(obj);
        var path = ResourcePaths.Collection(ResourcePaths.Of<T>(), NamespaceOf(obj, ns)) + QueryString.For(options);
        return SendAsync<T>(HttpMethod.Post, path, Body(obj), ct);
    }

    /// <summary>Replaces the object; metadata.resourceVersion makes it conditional (409 Conflict when stale).</summary>
    public Task<T> UpdateAsync<T>(T obj, UpdateOptions? options = null, CancellationToken ct = default)
        where T : KubeObject =>
        PutAsync(obj, null, options, ct);

    /// <summary>Replaces only the status (the /status subresource); the server keeps the stored spec.</summary>
    public Task<T> UpdateStatusAsync<T>(T obj, UpdateOptions? options = null, CancellationToken ct = default)
        where T : KubeObject =>
        PutAsync(obj, "status", options, ct);

    internal Task<T> PutAsync<T>(T obj, string? subresource, UpdateOptions? options, CancellationToken ct, string? ns = null)
        where T : KubeObject
    {
        ArgumentNullException.ThrowIfNull(obj);
        var name = obj.Metadata.Name ?? throw new ArgumentException("an update needs metadata.name", nameof(obj));
        var path = ResourcePaths.Item(ResourcePaths.Of<T>(), NamespaceOf(obj, ns), name, subresource) + QueryString.For(options);
        return SendAsync<T>(HttpMethod.Put, path, Body(obj), ct);
    }

    /// <summary>Patches the object, or its <paramref name="subresource"/> ("status"); the patch is JSON in the format of <paramref name="type"/>.</summary>
    public Task<T> PatchAsync<T>(string? ns, string name, PatchType type, ReadOnlyMemory<byte> patch, PatchOptions? options = null,
        string? subresource = null, CancellationToken ct = default)
        where T : KubeObject
    {
        var path = ResourcePaths.Item(ResourcePaths.Of<T>(), ns, name, subresource) + QueryString.For(options);
        return SendAsync<T>(HttpMethod.Patch, path, PatchBody(type, patch.ToArray()), ct);
    }

    public Task<T> PatchAsync<T>(string? ns, string name, PatchType type, string patch, PatchOptions? options = null,
        string? subresource = null, CancellationToken ct = default)
        where T : KubeObject =>
        PatchAsync<T>(ns, name, type, Encoding.UTF8.GetBytes(patch), options, subresource, ct);

    /// <summary>
    /// Deletes the object; <see cref="DeleteOptions.Preconditions"/> make it conditional (409 Conflict on
    /// a uid or resourceVersion mismatch), and the answer is the object or a Status (see <see cref="DeleteResult{T}"/>).
    /// </summary>
    public async Task<DeleteResult<T>> DeleteAsync<T>(string? ns, string name, DeleteOptions? options = null, CancellationToken ct = default)
        where T : KubeObject
    {
        var path = ResourcePaths.Item(ResourcePaths.Of<T>(), ns, name);
        using var response = await SendAsync(HttpMethod.Delete, path, options is null ? null : Body(options), streaming: false, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        var pending = response.StatusCode == HttpStatusCode.Accepted;
        // The kind tells the two apart; decoding a Pod as a Status would fail on its status object.
        return KindOf(body) == "Status"
            ? new DeleteResult<T>(null, KubeJson.Deserialize<Status>(body)) { Pending = pending }
            : new DeleteResult<T>(KubeJson.Deserialize<T>(body), null) { Pending = pending };
    }

    /// <summary>Deletes every object of the kind in <paramref name="ns"/> that <paramref name="listOptions"/> selects.</summary>
    public async Task DeleteCollectionAsync<T>(string ns, ListOptions? listOptions = null, DeleteOptions? options = null,
        CancellationToken ct = default)
        where T : KubeObject
    {
        var resource = ResourcePaths.Of<T>();
        if (resource.Namespaced)
        {
            ArgumentException.ThrowIfNullOrEmpty(ns);
        }

        await DeleteAtAsync(ResourcePaths.Collection(resource, ns) + QueryString.For(listOptions), options, ct);
    }

    /// <summary>DELETE of an object or collection path whose answer (the object, a list or a Status) the caller does not need.</summary>
    internal async Task DeleteAtAsync(string pathAndQuery, DeleteOptions? options, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Delete, pathAndQuery, options is null ? null : Body(options), streaming: false, ct);
    }

    private static string? KindOf(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("kind", out var kind) &&
            kind.ValueKind == JsonValueKind.String
                ? kind.GetString()
                : null;
    }

    internal static ByteArrayContent PatchBody(PatchType type, byte[] patch) => Body(patch, ContentTypeOf(type));

    internal static string ContentTypeOf(PatchType type) => type switch
    {
        PatchType.Json => "application/json-patch+json",
        PatchType.Merge => "application/merge-patch+json",
        PatchType.StrategicMerge => "application/strategic-merge-patch+json",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown patch type"),
    };
}
