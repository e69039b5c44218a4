using System.Text;
using Dotkube.Api.Meta;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;

namespace Dotkube.Client.Dynamic;

/// <summary>
/// client-go's metadata client: get, list, watch, patch and delete any discovered resource,
/// reading objects as meta.k8s.io/v1 PartialObjectMetadata (the server strips everything but
/// metadata, so a controller that only follows ownerReferences and finalizers never decodes
/// specs). Writes are patches and deletes, which need no knowledge of the kind's schema.
/// </summary>
public sealed class MetadataClient(KubeClient client)
{
    private const string AsObject = "application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1";
    private const string AsList = "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1";

    public Task<PartialObjectMetadata> GetAsync(ApiResource resource, string? ns, string name, CancellationToken ct = default) =>
        client.SendAsync<PartialObjectMetadata>(HttpMethod.Get, resource.ItemPath(ns, name), null, ct, AsObject);

    /// <summary>One page (with <see cref="ListOptions.Limit"/>) or all; null <paramref name="ns"/> lists every namespace.</summary>
    public Task<KubeList<PartialObjectMetadata>> ListAsync(ApiResource resource, string? ns, ListOptions? options = null,
        CancellationToken ct = default) =>
        client.SendAsync<KubeList<PartialObjectMetadata>>(HttpMethod.Get, resource.CollectionPath(ns) + QueryString.For(options), null, ct, AsList);

    public IAsyncEnumerable<WatchEvent<PartialObjectMetadata>> WatchAsync(ApiResource resource, string? ns, ListOptions? options = null,
        CancellationToken ct = default) =>
        client.WatchPathAsync<PartialObjectMetadata>(resource.CollectionPath(ns) + QueryString.For(options, watch: true), AsObject, ct);

    public Task<PartialObjectMetadata> PatchAsync(ApiResource resource, string? ns, string name, PatchType type, string patch,
        CancellationToken ct = default) =>
        client.SendAsync<PartialObjectMetadata>(HttpMethod.Patch, resource.ItemPath(ns, name),
            KubeClient.PatchBody(type, Encoding.UTF8.GetBytes(patch)), ct, AsObject);

    public Task DeleteAsync(ApiResource resource, string? ns, string name, DeleteOptions? options = null, CancellationToken ct = default) =>
        client.DeleteAtAsync(resource.ItemPath(ns, name), options, ct);

    public Task DeleteCollectionAsync(ApiResource resource, string? ns, DeleteOptions? options = null, ListOptions? listOptions = null,
        CancellationToken ct = default) =>
        client.DeleteAtAsync(resource.CollectionPath(ns) + QueryString.For(listOptions), options, ct);

    /// <summary>The list and watch of <paramref name="resource"/>, for a <see cref="SharedInformer{T}"/> of its metadata.</summary>
    public IListerWatcher<PartialObjectMetadata> ListerWatcher(ApiResource resource) => new ResourceListerWatcher(this, resource);

    private sealed class ResourceListerWatcher(MetadataClient metadata, ApiResource resource) : IListerWatcher<PartialObjectMetadata>
    {
        public Task<KubeList<PartialObjectMetadata>> ListAsync(string? ns, ListOptions options, CancellationToken ct) =>
            metadata.ListAsync(resource, ns, options, ct);

        public IAsyncEnumerable<WatchEvent<PartialObjectMetadata>> WatchAsync(string? ns, ListOptions options, CancellationToken ct) =>
            metadata.WatchAsync(resource, ns, options, ct);
    }
}
