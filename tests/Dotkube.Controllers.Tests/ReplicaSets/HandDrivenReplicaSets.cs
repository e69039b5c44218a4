using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Controllers.ReplicaSets;
using Dotkube.Controllers.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dotkube.Controllers.Tests.ReplicaSets;

/// <summary>
/// A <see cref="ReplicaSetController"/> whose informers run but whose workers do not: tests call
/// <see cref="ReplicaController{TOwner}.ReconcileAsync"/> themselves, to see what each sync does.
/// </summary>
internal sealed class HandDrivenReplicaSets : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();

    private HandDrivenReplicaSets(ControllerContext context, ReplicaSetController controller)
    {
        Context = context;
        Controller = controller;
    }

    public ControllerContext Context { get; }

    public ReplicaSetController Controller { get; }

    /// <param name="podScope">Scope of the pod informer; another namespace makes a cache that never sees the controller's pods.</param>
    public static async Task<HandDrivenReplicaSets> StartAsync(KubeClient client, TimeProvider time, InformerScope? podScope = null)
    {
        var context = new ControllerContext
        {
            Client = client,
            Informers = new SharedInformerFactory(client, TimeProvider.System),
            Time = time,
            Loggers = NullLoggerFactory.Instance,
        };
        var harness = new HandDrivenReplicaSets(context, new ReplicaSetController(context, podScope));
        await context.Informers.StartAsync(harness._stop.Token);
        await context.Informers.WaitForCacheSyncAsync(CancellationToken.None);
        return harness;
    }

    /// <summary>Waits until the informer's copy of the replica set satisfies <paramref name="condition"/>.</summary>
    public Task CachedAsync(string ns, string name, Func<Api.Apps.V1.ReplicaSet, bool> condition, string what) =>
        Eventually.HoldsAsync(() => Task.FromResult(Context.Informers.For<Api.Apps.V1.ReplicaSet>().Lister.Get(ns, name) is { } rs && condition(rs)),
            what);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Context.Informers.ShutdownAsync();
        await Context.DisposeAsync();
        _stop.Dispose();
    }
}
