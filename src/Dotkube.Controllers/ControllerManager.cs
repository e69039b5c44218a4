using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers;

/// <summary>
/// Runs the enabled controllers of <see cref="ControllerRegistry"/> in one process, sharing one
/// informer factory (kube-controller-manager). The host runs <see cref="RunAsync"/> only while it
/// holds the kube-system/<see cref="LeaseName"/> Lease, so two control planes never run the same
/// controller at once; losing the lease cancels the token and stops every controller.
/// </summary>
public sealed partial class ControllerManager(ControllerContext context)
{
    private readonly ILogger _logger = context.Loggers.CreateLogger<ControllerManager>();

    public const string LeaseName = "kube-controller-manager";

    /// <summary>Builds the controllers, starts the informers, and runs every controller until <paramref name="ct"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        context.Options.Validate();
        var controllers = new List<IManagedController>();
        foreach (var (name, create) in ControllerRegistry.All)
        {
            if (context.Options.Disabled.Contains(name))
            {
                LogDisabled(_logger, name);
                continue;
            }

            controllers.Add(create(context));
        }

        await context.Informers.StartAsync(ct).ConfigureAwait(false);
        var running = controllers.Select(c => RunOneAsync(c, ct)).ToArray();
        LogStarted(_logger, controllers.Count);
        await Task.WhenAll(running).ConfigureAwait(false);
        await context.Informers.ShutdownAsync().ConfigureAwait(false);
    }

    private async Task RunOneAsync(IManagedController controller, CancellationToken ct)
    {
        try
        {
            await controller.RunAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // One broken controller must not take the others down; upstream would exit the process.
            LogControllerFailed(_logger, e, controller.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Controller {Name} is disabled")]
    private static partial void LogDisabled(ILogger logger, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Started {Count} controllers")]
    private static partial void LogStarted(ILogger logger, int count);


    [LoggerMessage(Level = LogLevel.Error, Message = "Controller {Name} failed")]
    private static partial void LogControllerFailed(ILogger logger, Exception e, string name);
}
