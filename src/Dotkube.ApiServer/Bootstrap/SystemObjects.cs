using System.Net;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Defaulting;
using Dotkube.Api.Discovery.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Scheduling.V1;
using Dotkube.Api.Values;
using Dotkube.ApiServer.Allocation;
using Dotkube.ApiServer.Errors;
using Dotkube.ApiServer.Registry;
using Dotkube.ApiServer.Security;

namespace Dotkube.ApiServer.Bootstrap;

/// <summary>
/// What every cluster has from the first start, as the apiserver's bootstrap controller makes
/// it: the default, kube-system, kube-public and kube-node-lease namespaces, the
/// system-node-critical and system-cluster-critical PriorityClasses (upstream's
/// bootstrap-system-priority-classes hook; left alone when they exist), and the default/kubernetes Service with an Endpoints and an EndpointSlice pointing at this server
/// (upstream's endpoint reconciler writes both; the Service has no selector, so no controller does).
/// </summary>
public static class SystemObjects
{
    public static readonly string[] Namespaces = ["default", "kube-system", "kube-public", "kube-node-lease"];

    /// <summary>Upstream's system priority classes with their descriptions.</summary>
    public static IReadOnlyList<PriorityClass> PriorityClasses =>
    [
        SystemClass(SystemPriorityClasses.SystemNodeCritical, SystemPriorityClasses.SystemNodeCriticalValue,
            "Used for system critical pods that must not be moved from their current node."),
        SystemClass(SystemPriorityClasses.SystemClusterCritical, SystemPriorityClasses.SystemClusterCriticalValue,
            "Used for system critical pods that must run in the cluster, but can be moved to another node if necessary."),
    ];

    public static async Task EnsureAsync(ResourceRegistry registry, ServiceAllocator allocator, ApiServerOptions options,
        IPAddress advertise, int port, TimeProvider time, CancellationToken ct)
    {
        foreach (var name in Namespaces)
        {
            await CreateIfMissingAsync(registry.For<Namespace>(), new Namespace { Metadata = new ObjectMeta { Name = name } }, time, ct);
        }

        foreach (var priorityClass in PriorityClasses)
        {
            await CreateIfMissingAsync(registry.For<PriorityClass>(), priorityClass, time, ct);
        }

        var serviceIp = ServingNames.KubernetesServiceIp(options.ServiceCidr).ToString();
        var labels = new Dictionary<string, string> { ["component"] = "apiserver", ["provider"] = "kubernetes" };
        var kubernetes = new Service
        {
            Metadata = new ObjectMeta { Name = "kubernetes", Namespace = "default", Labels = labels },
            Spec = new ServiceSpec
            {
                Type = "ClusterIP",
                ClusterIP = serviceIp,
                ClusterIPs = [serviceIp],
                SessionAffinity = "None",
                Ports = [new ServicePort { Name = "https", Port = 443, Protocol = "TCP", TargetPort = IntOrString.FromInt(port) }],
            },
        };
        if (await registry.For<Service>().GetAsync("default", "kubernetes", ct) is null)
        {
            // Through the allocator, so the first address is reserved like any requested one.
            var reservation = await allocator.AllocateAsync(kubernetes, dryRun: false, ct);
            if (!await CreateIfMissingAsync(registry.For<Service>(), kubernetes, time, ct))
            {
                await reservation.ReleaseAsync(ct);
            }
        }

        var endpoints = new Endpoints
        {
            Metadata = new ObjectMeta { Name = "kubernetes", Namespace = "default", Labels = new() { ["endpointslice.kubernetes.io/skip-mirror"] = "true" } },
            Subsets = [new EndpointSubset
            {
                Addresses = [new EndpointAddress { IP = advertise.ToString() }],
                Ports = [new Api.Core.V1.EndpointPort { Name = "https", Port = port, Protocol = "TCP" }],
            }],
        };
        // The address or port may have changed since the last start: existing ones are pointed at this server.
        await CreateOrSetAsync(registry.For<Endpoints>(), endpoints, (e, desired) => e.Subsets = desired.Subsets, time, ct);
        var slice = new EndpointSlice
        {
            Metadata = new ObjectMeta { Name = "kubernetes", Namespace = "default", Labels = new() { ["kubernetes.io/service-name"] = "kubernetes" } },
            AddressType = advertise.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "IPv6" : "IPv4",
            Endpoints = [new Endpoint { Addresses = [advertise.ToString()], Conditions = new EndpointConditions { Ready = true } }],
            Ports = [new Api.Discovery.V1.EndpointPort { Name = "https", Port = port, Protocol = "TCP" }],
        };
        await CreateOrSetAsync(registry.For<EndpointSlice>(), slice,
            (e, desired) => (e.AddressType, e.Endpoints, e.Ports) = (desired.AddressType, desired.Endpoints, desired.Ports), time, ct);
    }

    private static PriorityClass SystemClass(string name, int value, string description) =>
        new() { Metadata = new ObjectMeta { Name = name }, Value = value, Description = description };

    /// <summary>Creates <paramref name="desired"/>, or applies <paramref name="set"/> to a copy of the stored one and writes it when that changed anything.</summary>
    private static async Task CreateOrSetAsync<T>(ResourceStore store, T desired, Action<T, T> set, TimeProvider time, CancellationToken ct)
        where T : KubeObject
    {
        if (await CreateIfMissingAsync(store, desired, time, ct))
        {
            return;
        }

        await store.GuaranteedUpdateAsync(desired.Metadata.Namespace ?? "", desired.Metadata.Name!, current =>
        {
            var copy = (T)StoredObject.Clone(store.Resource, current);
            set(copy, desired);
            return StoredObject.Encode(copy).AsSpan().SequenceEqual(StoredObject.Encode(current)) ? null : copy;
        }, ct);
    }

    /// <summary>Creates through the same defaulting and create strategy as the REST path; false when it already existed.</summary>
    private static async Task<bool> CreateIfMissingAsync(ResourceStore store, KubeObject obj, TimeProvider time, CancellationToken ct)
    {
        if (await store.GetAsync(obj.Metadata.Namespace ?? "", obj.Metadata.Name!, ct) is not null)
        {
            return false;
        }

        ObjectDefaults.Apply(obj);
        ObjectStrategy.PrepareForCreate(store.Resource, obj, time.GetUtcNow());
        try
        {
            await store.CreateAsync(obj, ct);
            return true;
        }
        catch (ApiException e) when (e.Reason == "AlreadyExists")
        {
            return false;
        }
    }
}
