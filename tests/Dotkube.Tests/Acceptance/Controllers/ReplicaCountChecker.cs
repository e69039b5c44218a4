using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Client.Rest;

namespace Dotkube.Tests.Acceptance.Controllers;

/// <summary>
/// Watches every pod of a namespace and, after each event, compares the live pods (not being
/// deleted) of each ReplicaSet with the most replicas that ReplicaSet was ever asked for: a
/// duplicate pod at any moment, e.g. from two controller managers acting at once, is an excess.
/// </summary>
public sealed class ReplicaCountChecker : IAsyncDisposable
{
    private readonly Dictionary<string, Pod> _pods = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly List<string> _excesses = [];
    private readonly Func<string, int> _allowed;
    private Task _watching = Task.CompletedTask;

    private ReplicaCountChecker(Func<string, int> allowed) => _allowed = allowed;

    /// <summary>Moments where a ReplicaSet had more live pods than allowed, described.</summary>
    public IReadOnlyList<string> Excesses
    {
        get
        {
            lock (_excesses)
                return [.. _excesses];
        }
    }

    /// <param name="allowed">The most live pods a ReplicaSet (by name) may have at any moment.</param>
    public static async Task<ReplicaCountChecker> StartAsync(KubeClient client, string ns, Func<string, int> allowed)
    {
        var checker = new ReplicaCountChecker(allowed);
        var list = await client.ListAsync<Pod>(ns);
        foreach (var pod in list.Items)
            checker._pods[pod.Metadata.Name!] = pod;
        checker.Check();
        checker._watching = Task.Run(() => checker.WatchAsync(client, ns, list.Metadata.ResourceVersion!));
        return checker;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _watching;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task WatchAsync(KubeClient client, string ns, string from)
    {
        // The watch may break when the server it uses goes away; resume from the last revision seen.
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await foreach (var e in client.WatchAsync<Pod>(ns, new ListOptions { ResourceVersion = from }, _stop.Token))
                {
                    if (e.Object is not { } pod)
                        continue;
                    from = pod.Metadata.ResourceVersion ?? from;
                    if (e.Type == WatchEventType.Deleted)
                        _pods.Remove(pod.Metadata.Name!);
                    else
                        _pods[pod.Metadata.Name!] = pod;
                    Check();
                }
            }
            catch (Exception e) when (e is HttpRequestException or IOException or ApiStatusException && !_stop.IsCancellationRequested)
            {
                await Task.Delay(200);
            }
        }
    }

    private void Check()
    {
        var live = _pods.Values.Where(p => p.Metadata.DeletionTimestamp is null)
            .GroupBy(p => p.Metadata.OwnerReferences?.FirstOrDefault(o => o.Kind == nameof(ReplicaSet))?.Name ?? "");
        foreach (var group in live.Where(g => g.Key.Length > 0 && g.Count() > _allowed(g.Key)))
        {
            lock (_excesses)
                _excesses.Add($"{group.Key}: {group.Count()} live pods ({string.Join(", ", group.Select(p => p.Metadata.Name))})");
        }
    }
}
