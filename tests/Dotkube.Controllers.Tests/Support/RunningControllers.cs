using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dotkube.Controllers.Tests.Support;

/// <summary>
/// Controllers running against the fixture's server with their own client and informer factory,
/// as the controller manager runs them; disposing stops them and waits for them to finish.
/// </summary>
public sealed class RunningControllers : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly KubeClient _client;
    private readonly Task[] _running;

    private RunningControllers(KubeClient client, ControllerContext context, IManagedController[] controllers, Task[] running)
    {
        _client = client;
        Context = context;
        Controllers = controllers;
        _running = running;
    }

    public ControllerContext Context { get; }

    /// <summary>The running controllers, for tests that wait on a controller's own state (e.g. the GC graph).</summary>
    public IReadOnlyList<IManagedController> Controllers { get; }

    /// <summary>Builds each controller with a shared context (as the manager does), starts the informers, runs them.</summary>
    public static async Task<RunningControllers> StartAsync(ClusterFixture fixture, ControllerManagerOptions? options,
        params Func<ControllerContext, IManagedController>[] create)
    {
        var client = fixture.NewClient();
        var context = new ControllerContext
        {
            Client = client,
            Informers = new SharedInformerFactory(client, TimeProvider.System),
            Time = TimeProvider.System,
            Loggers = NullLoggerFactory.Instance,
            Options = options ?? new ControllerManagerOptions(),
        };
        var controllers = create.Select(c => c(context)).ToArray();
        var stop = new CancellationTokenSource();
        await context.Informers.StartAsync(stop.Token);
        var running = controllers.Select(c => Task.Run(() => c.RunAsync(stop.Token))).ToArray();
        var result = new RunningControllers(client, context, controllers, running);
        result._stop.Token.Register(stop.Cancel);
        await context.Informers.WaitForCacheSyncAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        return result;
    }

    public static Task<RunningControllers> StartAsync(ClusterFixture fixture, params Func<ControllerContext, IManagedController>[] create) =>
        StartAsync(fixture, null, create);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Task.WhenAll(_running).WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (OperationCanceledException)
        {
        }

        await Context.Informers.ShutdownAsync().WaitAsync(TimeSpan.FromSeconds(10));
        await Context.DisposeAsync();
        _client.Dispose();
        _stop.Dispose();
    }
}
