using Dotkube.Api.Core.V1;
using Dotkube.Client.Rest;

namespace Dotkube.Tests.Acceptance.Controllers;

/// <summary>
/// Watches the pods of a selector and, after every event, counts the pods that exist (not being
/// deleted) and the ones available (Ready): the lowest and highest counts seen prove what a rolling
/// update did at every moment, not only where it ended.
/// </summary>
public sealed class PodCountChecker : IAsyncDisposable
{
    private readonly Dictionary<string, Pod> _pods = [];
    private readonly CancellationTokenSource _stop = new();
    private Task _watching = Task.CompletedTask;

    public int MinAvailable { get; private set; } = int.MaxValue;

    public int MaxExisting { get; private set; }

    public int Events { get; private set; }

    public static async Task<PodCountChecker> StartAsync(KubeClient client, string ns, string selector)
    {
        var checker = new PodCountChecker();
        var list = await client.ListAsync<Pod>(ns, new ListOptions { LabelSelector = selector });
        foreach (var pod in list.Items)
            checker._pods[pod.Metadata.Name!] = pod;
        checker.Count();
        var options = new ListOptions { LabelSelector = selector, ResourceVersion = list.Metadata.ResourceVersion };
        checker._watching = Task.Run(async () =>
        {
            await foreach (var e in client.WatchAsync<Pod>(ns, options, checker._stop.Token))
            {
                if (e.Object is not { } pod)
                    continue;
                if (e.Type == WatchEventType.Deleted)
                    checker._pods.Remove(pod.Metadata.Name!);
                else
                    checker._pods[pod.Metadata.Name!] = pod;
                checker.Events++;
                checker.Count();
            }
        });
        return checker;
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _watching;
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private void Count()
    {
        var existing = _pods.Values.Where(p => p.Metadata.DeletionTimestamp is null).ToList();
        MaxExisting = Math.Max(MaxExisting, existing.Count);
        MinAvailable = Math.Min(MinAvailable, existing.Count(ClusterSteps.IsReady));
    }
}
