using Dotkube.Controllers.Deployments;
using Dotkube.Controllers.Disruption;
using Dotkube.Controllers.Endpoints;
using Dotkube.Controllers.EndpointSlices;
using Dotkube.Controllers.Namespaces;
using Dotkube.Controllers.NodeIpam;
using Dotkube.Controllers.NodeLifecycle;
using Dotkube.Controllers.PodGc;
using Dotkube.Controllers.ReplicaSets;
using Dotkube.Controllers.ServiceAccounts;
using Dotkube.Controllers.TaintEviction;

namespace Dotkube.Controllers;

/// <summary>Every controller the manager can run, by upstream name (what --controllers=-name disables), in start order.</summary>
public static class ControllerRegistry
{
    public static IReadOnlyList<(string Name, Func<ControllerContext, IManagedController> Create)> All { get; } =
    [
        ("replicaset", ctx => new ReplicaSetController(ctx)),
        ("replicationcontroller", ctx => new ReplicationManager(ctx)),
        ("deployment", ctx => new DeploymentController(ctx)),
        ("serviceaccount", ctx => new ServiceAccountsController(ctx)),
        ("root-ca-cert-publisher", ctx => new RootCaCertPublisher(ctx)),
        ("endpoints", ctx => new EndpointsController(ctx)),
        ("endpointslice", ctx => new EndpointSliceController(ctx)),
        ("namespace", ctx => new NamespaceController(ctx)),
        ("garbagecollector", ctx => new GarbageCollector.GarbageCollector(ctx)),
        ("nodeipam", ctx => new NodeIpamController(ctx)),
        ("nodelifecycle", ctx => new NodeLifecycleController(ctx)),
        ("taint-eviction-controller", ctx => new TaintEvictionController(ctx)),
        ("podgc", ctx => new PodGcController(ctx)),
        ("disruption", ctx => new DisruptionController(ctx)),
    ];

    public static IReadOnlyList<string> Names => [.. All.Select(c => c.Name)];
}
