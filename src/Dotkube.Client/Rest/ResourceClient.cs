using Dotkube.Api.Meta;

namespace Dotkube.Client.Rest;

/// <summary>
/// <see cref="KubeClient"/>'s calls bound to one kind and, after <see cref="InNamespace"/>, one
/// namespace: client-go's typed clientset shape (<c>Pods("default").Get("web")</c>). Without a
/// namespace, list and watch span all namespaces.
/// </summary>
public sealed class ResourceClient<T>
    where T : KubeObject
{
    private readonly KubeClient _client;

    internal ResourceClient(KubeClient client, string? ns)
    {
        _client = client;
        Namespace = ns;
    }

    public string? Namespace { get; }

    public ResourceClient<T> InNamespace(string ns) => new(_client, ns);

    public Task<T> GetAsync(string name, CancellationToken ct = default) => _client.GetAsync<T>(Namespace, name, ct);

    public Task<KubeList<T>> ListAsync(ListOptions? options = null, CancellationToken ct = default) =>
        _client.ListAsync<T>(Namespace, options, ct);

    public IAsyncEnumerable<WatchEvent<T>> WatchAsync(ListOptions? options = null, CancellationToken ct = default) =>
        _client.WatchAsync<T>(Namespace, options, ct);

    public Task<T> CreateAsync(T obj, CreateOptions? options = null, CancellationToken ct = default) =>
        _client.CreateAsync(Namespace, obj, options, ct);

    public Task<T> UpdateAsync(T obj, UpdateOptions? options = null, CancellationToken ct = default) =>
        _client.PutAsync(obj, null, options, ct, Namespace);

    public Task<T> UpdateStatusAsync(T obj, UpdateOptions? options = null, CancellationToken ct = default) =>
        _client.PutAsync(obj, "status", options, ct, Namespace);

    public Task<T> PatchAsync(string name, PatchType type, string patch, PatchOptions? options = null, string? subresource = null,
        CancellationToken ct = default) =>
        _client.PatchAsync<T>(Namespace, name, type, patch, options, subresource, ct);

    public Task<DeleteResult<T>> DeleteAsync(string name, DeleteOptions? options = null, CancellationToken ct = default) =>
        _client.DeleteAsync<T>(Namespace, name, options, ct);
}
