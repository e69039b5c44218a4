using Dotkube.Api.Authentication.V1;
using Dotkube.Api.Autoscaling.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Policy.V1;
using Dotkube.Api.Schema;

namespace Dotkube.Client.Rest;

public sealed partial class KubeClient
{
    /// <summary>The /scale subresource of a scalable kind (Deployment, ReplicaSet, StatefulSet) as autoscaling/v1 Scale.</summary>
    public Task<Scale> GetScaleAsync<T>(string ns, string name, CancellationToken ct = default)
        where T : KubeObject =>
        SendAsync<Scale>(HttpMethod.Get, ResourcePaths.Item(Scalable<T>(), ns, name, "scale"), null, ct);

    /// <summary>Sets spec.replicas through /scale; a scale.metadata.resourceVersion makes it conditional.</summary>
    public Task<Scale> UpdateScaleAsync<T>(string ns, string name, Scale scale, UpdateOptions? options = null, CancellationToken ct = default)
        where T : KubeObject
    {
        ArgumentNullException.ThrowIfNull(scale);
        scale.Metadata.Name ??= name;
        scale.Metadata.Namespace ??= ns;
        var path = ResourcePaths.Item(Scalable<T>(), ns, name, "scale") + QueryString.For(options);
        return SendAsync<Scale>(HttpMethod.Put, path, Body(scale), ct);
    }

    /// <summary>Binds the pod to a node, as the scheduler does; the pod's uid guards against binding a recreated pod.</summary>
    public Task BindAsync(Pod pod, string nodeName, CreateOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentException.ThrowIfNullOrEmpty(nodeName);
        var binding = new Binding
        {
            Metadata = new ObjectMeta { Name = pod.Metadata.Name, Namespace = NamespaceOf(pod), Uid = pod.Metadata.Uid },
            Target = new ObjectReference { Kind = "Node", Name = nodeName },
        };
        return BindAsync(binding, options, ct);
    }

    /// <summary>POSTs <paramref name="binding"/> to pods/{metadata.name}/binding.</summary>
    public async Task BindAsync(Binding binding, CreateOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(binding);
        var pods = ResourcePaths.Of<Pod>();
        var path = ResourcePaths.Item(pods, NamespaceOf(binding), binding.Metadata.Name ?? "", "binding") + QueryString.For(options);
        using var response = await SendAsync(HttpMethod.Post, path, Body(binding), streaming: false, ct);
    }

    /// <summary>
    /// Evicts a pod through pods/{name}/eviction, which honours PodDisruptionBudgets: a blocked
    /// eviction throws <see cref="ApiStatusException"/> with <see cref="ApiStatusException.IsTooManyRequests"/>.
    /// </summary>
    public async Task EvictAsync(string ns, string podName, DeleteOptions? options = null, CancellationToken ct = default)
    {
        var eviction = new Eviction
        {
            Metadata = new ObjectMeta { Name = podName, Namespace = ns },
            DeleteOptions = options,
        };
        var path = ResourcePaths.Item(ResourcePaths.Of<Pod>(), ns, podName, "eviction");
        using var response = await SendAsync(HttpMethod.Post, path, Body(eviction), streaming: false, ct);
    }

    /// <summary>
    /// PUT namespaces/{name}/finalize: the server takes only spec.finalizers from <paramref name="ns"/>,
    /// and removes a terminating namespace once none are left (how the namespace controller ends a deletion).
    /// </summary>
    public Task<Namespace> FinalizeAsync(Namespace ns, CancellationToken ct = default) => PutAsync(ns, "finalize", null, ct);

    /// <summary>
    /// POST serviceaccounts/{name}/token: a signed token for the ServiceAccount, as <c>kubectl create
    /// token</c> and the kubelet ask for one; the answer's status holds the token and its expiry.
    /// </summary>
    public Task<TokenRequest> CreateTokenAsync(string ns, string serviceAccount, TokenRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.ApiVersion = TokenRequest.ApiVersionValue;
        request.Kind = TokenRequest.KindValue;
        var path = ResourcePaths.Item(ResourcePaths.Of<ServiceAccount>(), ns, serviceAccount, "token");
        return SendAsync<TokenRequest>(HttpMethod.Post, path, Body(request), ct);
    }

    private static ResourceInfo Scalable<T>()
        where T : KubeObject
    {
        var resource = ResourcePaths.Of<T>();
        return resource.Subresources.Contains("scale")
            ? resource
            : throw new InvalidOperationException($"{resource.Kind} has no scale subresource");
    }
}
