using System.Diagnostics;
using System.Net;
using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Rest;

namespace Dotkube.Bench.Controllers;

/// <summary>
/// The load: namespaces bench-0 .. bench-(N-1), then the Deployments (busybox, spread over the
/// namespaces round robin) created through the typed client with a bounded number in flight.
/// </summary>
public sealed class Workload(KubeClient client, BenchOptions options)
{
    private static readonly TimeSpan ServiceAccountWait = TimeSpan.FromSeconds(60);
    private int _created;

    /// <summary>Deployment creates answered so far.</summary>
    public int Created => Volatile.Read(ref _created);

    public IReadOnlyList<string> Namespaces { get; } = [.. Enumerable.Range(0, options.Namespaces).Select(i => $"bench-{i}")];

    /// <summary>
    /// Creates the namespaces and waits for their "default" ServiceAccount: proof the controller
    /// manager holds its lease and runs, so the clock does not include its start-up.
    /// </summary>
    public async Task PrepareAsync(CancellationToken ct)
    {
        foreach (var ns in Namespaces)
            await client.CreateAsync(new Namespace { Metadata = new ObjectMeta { Name = ns } }, ct: ct);

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(ServiceAccountWait);
        foreach (var ns in Namespaces)
        {
            while (!await HasDefaultServiceAccountAsync(ns, deadline.Token))
                await Task.Delay(TimeSpan.FromMilliseconds(200), deadline.Token);
        }
    }

    /// <summary>Creates every Deployment; returns the clock's reading when the last create was answered.</summary>
    /// <param name="clock">Started here, right before the first create.</param>
    public async Task<TimeSpan> CreateDeploymentsAsync(Stopwatch clock, CancellationToken ct)
    {
        clock.Start();
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Deployments),
            new ParallelOptions { MaxDegreeOfParallelism = options.CreateConcurrency, CancellationToken = ct },
            async (i, token) =>
            {
                await client.CreateAsync(Deployment(Namespaces[i % Namespaces.Count], $"web-{i:D5}"), ct: token);
                Interlocked.Increment(ref _created);
            });
        return clock.Elapsed;
    }

    private Deployment Deployment(string ns, string name)
    {
        var labels = new Dictionary<string, string> { ["app"] = name };
        return new Deployment
        {
            Metadata = new ObjectMeta { Name = name, Namespace = ns, Labels = labels },
            Spec = new DeploymentSpec
            {
                Replicas = options.Replicas,
                Selector = new LabelSelector { MatchLabels = labels },
                Template = new PodTemplateSpec
                {
                    Metadata = new ObjectMeta { Labels = labels },
                    Spec = new PodSpec
                    {
                        Containers = [new Container { Name = "app", Image = "busybox:1.36", Command = ["sleep", "infinity"] }],
                    },
                },
            },
        };
    }

    private async Task<bool> HasDefaultServiceAccountAsync(string ns, CancellationToken ct)
    {
        try
        {
            await client.GetAsync<ServiceAccount>(ns, "default", ct);
            return true;
        }
        catch (ApiStatusException e) when (e.Code == (int)HttpStatusCode.NotFound)
        {
            return false;
        }
    }
}
