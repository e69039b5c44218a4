using System.Globalization;
using Dotkube.Api.Meta;
using Dotkube.Api.Schema;
using Dotkube.ApiServer.Errors;
using Dotkube.Storage;

namespace Dotkube.ApiServer.Registry;

/// <summary>
/// Typed objects of one resource over the key-value store: upstream's etcd3 store. Storage
/// failures become API errors here (KeyExists -> 409 AlreadyExists, Conflict -> 409 Conflict,
/// KeyNotFound -> 404, Compacted -> 410 Expired).
/// </summary>
public sealed class ResourceStore
{
    /// <summary>As etcd's default request limit (1.5 MiB): larger objects answer 413, never 500.</summary>
    public const int MaxObjectBytes = 1536 * 1024;

    private readonly IKeyValueStore _store;

    public ResourceStore(IKeyValueStore store, ResourceInfo resource)
    {
        _store = store;
        Resource = resource;
        Prefix = ResourceKeys.ResourcePrefix(resource);
    }

    public ResourceInfo Resource { get; }

    public string Prefix { get; }

    public IKeyValueStore Store => _store;

    /// <summary>
    /// The newest revision this process wrote for the resource; caches behind it are stale for
    /// what this server itself just changed (a namespace it just marked Terminating).
    /// </summary>
    public long LastWriteRevision => Interlocked.Read(ref _lastWriteRevision);

    private long _lastWriteRevision;

    private long Wrote(long revision)
    {
        long seen;
        while ((seen = Interlocked.Read(ref _lastWriteRevision)) < revision
            && Interlocked.CompareExchange(ref _lastWriteRevision, revision, seen) != seen)
        {
        }

        return revision;
    }

    public async Task<KubeObject?> GetAsync(string ns, string name, CancellationToken ct)
    {
        var kv = await _store.GetAsync(ResourceKeys.Key(Resource, ns, name), ct);
        return kv is null ? null : StoredObject.Decode(Resource, kv);
    }

    public async Task<KubeObject> GetRequiredAsync(string ns, string name, CancellationToken ct) =>
        await GetAsync(ns, name, ct) ?? throw NotFound(name);

    public async Task<KubeObject> CreateAsync(KubeObject obj, CancellationToken ct)
    {
        var bytes = Encode(obj);
        var name = obj.Metadata.Name!;
        try
        {
            var revision = Wrote(await _store.CreateAsync(ResourceKeys.Key(Resource, obj.Metadata.Namespace ?? "", name), bytes, ct));
            return Written(obj, revision);
        }
        catch (StorageException e) when (e.Code == StorageErrorCode.KeyExists)
        {
            throw ApiErrors.AlreadyExists(Resource.Group, Resource.Plural, name);
        }
    }

    /// <summary>Writes <paramref name="obj"/> if the stored mod revision is still <paramref name="expectedRevision"/>.</summary>
    public Task<KubeObject> UpdateAsync(KubeObject obj, long expectedRevision, CancellationToken ct) =>
        UpdateAsync(obj, StoredObject.Encode(obj), expectedRevision, ct);

    /// <summary>As above, with <paramref name="encoded"/> = <see cref="StoredObject.Encode"/> of the object, when the caller has it already.</summary>
    public async Task<KubeObject> UpdateAsync(KubeObject obj, byte[] encoded, long expectedRevision, CancellationToken ct)
    {
        var bytes = CheckSize(encoded);
        var name = obj.Metadata.Name!;
        try
        {
            var revision = Wrote(await _store.UpdateAsync(ResourceKeys.Key(Resource, obj.Metadata.Namespace ?? "", name), bytes, expectedRevision, ct));
            return Written(obj, revision);
        }
        catch (StorageException e) when (e.Code == StorageErrorCode.Conflict)
        {
            throw ApiErrors.Conflict(Resource.Group, Resource.Plural, name);
        }
        catch (StorageException e) when (e.Code == StorageErrorCode.KeyNotFound)
        {
            throw NotFound(name);
        }
    }

    public async Task<long> DeleteAsync(string ns, string name, long expectedRevision, CancellationToken ct)
    {
        try
        {
            return Wrote(await _store.DeleteAsync(ResourceKeys.Key(Resource, ns, name), expectedRevision, ct));
        }
        catch (StorageException e) when (e.Code == StorageErrorCode.Conflict)
        {
            throw ApiErrors.Conflict(Resource.Group, Resource.Plural, name);
        }
        catch (StorageException e) when (e.Code == StorageErrorCode.KeyNotFound)
        {
            throw NotFound(name);
        }
    }

    /// <summary>
    /// Read-modify-write with retry on conflict (upstream's GuaranteedUpdate): <paramref name="update"/>
    /// gets the current object and returns the one to write, or null to write nothing.
    /// </summary>
    public async Task<(KubeObject Result, bool Written)> GuaranteedUpdateAsync(string ns, string name,
        Func<KubeObject, KubeObject?> update, CancellationToken ct)
    {
        while (true)
        {
            // The update gets its own decoded copy of the stored bytes; the untouched current
            // object is decoded again only when nothing is written (a clone would cost a
            // serialization and a second decode on every write, e.g. each pods/binding).
            var kv = await _store.GetAsync(ResourceKeys.Key(Resource, ns, name), ct) ?? throw NotFound(name);
            var revision = kv.ModRevision;
            var next = update(StoredObject.Decode(Resource, kv));
            if (next is null)
            {
                return (StoredObject.Decode(Resource, kv), false);
            }

            try
            {
                return (await UpdateAsync(next, revision, ct), true);
            }
            catch (ApiException e) when (e.Reason == "Conflict")
            {
                // Someone wrote between our read and write: re-read and re-apply, as upstream.
            }
        }
    }

    /// <summary>One page of objects under <paramref name="prefix"/> (see <see cref="ResourceKeys.ListPrefix"/>).</summary>
    public async Task<(List<KubeObject> Items, RangeResult Page)> RangeAsync(string prefix, long atRevision, int limit,
        string? continueAfterKey, CancellationToken ct)
    {
        RangeResult page;
        try
        {
            page = await _store.RangeAsync(prefix, atRevision, limit, continueAfterKey, ct);
        }
        catch (StorageException e) when (e.Code == StorageErrorCode.Compacted)
        {
            throw ApiErrors.Expired($"too old resource version: {atRevision} ({_store.CompactedRevision + 1})");
        }

        var items = new List<KubeObject>(page.Items.Count);
        foreach (var kv in page.Items)
        {
            items.Add(StoredObject.Decode(Resource, kv));
        }

        return (items, page);
    }

    public static long ParseRevision(string? resourceVersion) =>
        long.TryParse(resourceVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var revision) ? revision : 0;

    public ApiException NotFound(string name) => ApiErrors.NotFound(Resource.Group, Resource.Plural, name);

    private static byte[] Encode(KubeObject obj) => CheckSize(StoredObject.Encode(obj));

    /// <summary>
    /// The written object as a read would return it: the stored bytes are this object's own
    /// encoding, so decoding them again would only rebuild the same object (serializing a
    /// decoded copy gives the same JSON, which update's no-op check relies on too). Saves a
    /// decode per create and update.
    /// </summary>
    private static KubeObject Written(KubeObject obj, long revision)
    {
        obj.Metadata.ResourceVersion = revision.ToString(CultureInfo.InvariantCulture);
        return obj;
    }

    private static byte[] CheckSize(byte[] bytes)
    {
        if (bytes.Length > MaxObjectBytes)
        {
            throw ApiErrors.RequestEntityTooLarge($"Request entity too large: limit is {MaxObjectBytes}");
        }

        return bytes;
    }
}
