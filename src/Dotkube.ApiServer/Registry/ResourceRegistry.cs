using System.Collections.Concurrent;
using Dotkube.Api.Schema;
using Dotkube.Storage;

namespace Dotkube.ApiServer.Registry;

/// <summary>One <see cref="ResourceStore"/> per served resource, over one key-value store.</summary>
public sealed class ResourceRegistry
{
    private readonly ConcurrentDictionary<ResourceInfo, ResourceStore> _stores = new();

    public ResourceRegistry(IKeyValueStore store) => Store = store;

    public IKeyValueStore Store { get; }

    public ResourceStore For(ResourceInfo resource) => _stores.GetOrAdd(resource, r => new ResourceStore(Store, r));

    public ResourceStore For<T>() => For(typeof(T));

    public ResourceStore For(Type kind) => For(Scheme.Default.Find(kind)
        ?? throw new ArgumentException($"{kind.Name} is not a registered kind"));
}
