using System.Diagnostics;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Rest;

namespace Dotkube.Bench.Kubelet;

/// <summary>
/// The measured pods: busybox running <c>sleep 3600</c> from the node's imported image
/// (imagePullPolicy IfNotPresent, so no pull is attempted), created in one namespace at a fixed
/// rate, open loop: pod i is due at start + i / rate whatever happened to the pods before it.
/// </summary>
public sealed class Workload(KubeClient client, BenchOptions options)
{
    public const string Namespace = "podstartup";

    private static readonly TimeSpan ServiceAccountWait = TimeSpan.FromSeconds(60);

    /// <summary>Creates the namespace and waits for its "default" ServiceAccount, which pod admission needs.</summary>
    public async Task PrepareAsync(CancellationToken ct)
    {
        await client.CreateAsync(new Namespace { Metadata = new ObjectMeta { Name = Namespace } }, ct: ct);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(ServiceAccountWait);
        while (true)
        {
            try
            {
                await client.GetAsync<ServiceAccount>(Namespace, "default", deadline.Token);
                return;
            }
            catch (ApiStatusException e) when (e.IsNotFound)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), deadline.Token);
            }
        }
    }

    /// <summary>Creates every pod at the rate; each create is timed from its due time on <paramref name="clock"/> (started here).</summary>
    public async Task CreatePodsAsync(StartupTracker tracker, Stopwatch clock, CancellationToken ct)
    {
        clock.Start();
        var creates = new List<Task>();
        for (var i = 0; i < options.Pods; i++)
        {
            var due = TimeSpan.FromSeconds(i / options.Rate);
            if (due > clock.Elapsed)
                await Task.Delay(due - clock.Elapsed, ct);
            var timeline = tracker.Timeline($"pod-{i:D3}");
            timeline.CreateSent = due;
            timeline.CreateSentWall = DateTimeOffset.UtcNow - (clock.Elapsed - due);
            creates.Add(CreateAsync(timeline, clock, ct));
        }

        await Task.WhenAll(creates);
    }

    /// <summary>Deletes every measured pod (grace period 1 s: sleep as PID 1 ignores SIGTERM).</summary>
    public async Task DeletePodsAsync(CancellationToken ct) =>
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Pods), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct },
            async (i, token) =>
            {
                try
                {
                    await client.DeleteAsync<Pod>(Namespace, $"pod-{i:D3}", new DeleteOptions { GracePeriodSeconds = 1 }, token);
                }
                catch (ApiStatusException e) when (e.IsNotFound)
                {
                }
            });

    private async Task CreateAsync(PodTimeline timeline, Stopwatch clock, CancellationToken ct)
    {
        await client.CreateAsync(Pod(timeline.Name), ct: ct);
        timeline.CreateAnswered = clock.Elapsed;
    }

    private static Pod Pod(string name) => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = Namespace, Labels = new Dictionary<string, string> { ["app"] = "podstartup" } },
        Spec = new PodSpec
        {
            Containers = [new Container { Name = "busybox", Image = "busybox", ImagePullPolicy = "IfNotPresent", Command = ["sleep", "3600"] }],
        },
    };
}
