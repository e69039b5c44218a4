using Dotkube.Api.Apps.V1;
using Dotkube.Client.Rest;
using Dotkube.Controllers.Tests.Support;

namespace Dotkube.Controllers.Tests.Deployments;

/// <summary>
/// Stands in for the replica set controller, which these tests do not run: it writes
/// ReplicaSet status as if the pods of spec.replicas existed, and as many of them were available
/// as the test says.
/// </summary>
internal sealed class ReplicaSetSimulator(KubeClient client, string ns)
{
    /// <summary>The namespace's ReplicaSets by image: the tests give every revision its own image, while creation times tie within a second.</summary>
    public async Task<List<ReplicaSet>> ListAsync() =>
        [.. (await client.ListAsync<ReplicaSet>(ns)).Items.OrderBy(Image, StringComparer.Ordinal).ThenBy(rs => rs.Metadata.Name, StringComparer.Ordinal)];

    public static string Image(ReplicaSet rs) => rs.Spec.Template.Spec.Containers.FirstOrDefault()?.Image ?? "";

    public async Task<ReplicaSet> GetAsync(string name) => await client.GetAsync<ReplicaSet>(ns, name);

    /// <summary>status.replicas follows spec.replicas, <paramref name="available"/> of them (default all) ready and available, the spec observed.</summary>
    public async Task ReportAsync(string name, int? available = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            var rs = await GetAsync(name);
            var replicas = rs.Spec.Replicas ?? 1;
            var ready = Math.Min(replicas, available ?? replicas);
            rs.Status = new ReplicaSetStatus
            {
                Replicas = replicas,
                FullyLabeledReplicas = replicas,
                ReadyReplicas = ready,
                AvailableReplicas = ready,
                ObservedGeneration = rs.Metadata.Generation,
            };
            try
            {
                await client.UpdateStatusAsync(rs);
                return;
            }
            catch (ApiStatusException e) when (e.IsConflict && attempt < 5)
            {
                // The deployment controller wrote the ReplicaSet in between: read it again.
            }
        }
    }

    /// <summary>Reports every ReplicaSet whose status does not yet follow its spec, all pods available.</summary>
    public async Task ReportAllAsync()
    {
        foreach (var rs in await ListAsync())
        {
            var replicas = rs.Spec.Replicas ?? 1;
            if (rs.Status.Replicas != replicas || rs.Status.AvailableReplicas != replicas || rs.Status.ObservedGeneration != rs.Metadata.Generation)
                await ReportAsync(rs.Metadata.Name!);
        }
    }

    /// <summary>
    /// Plays the replica set controller until the Deployment's rollout is complete as kubectl
    /// rollout status sees it; <paramref name="check"/> sees every state of the ReplicaSets on the way.
    /// </summary>
    public async Task<Deployment> RollOutAsync(string deployment, Action<List<ReplicaSet>>? check = null)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var rss = await ListAsync();
            check?.Invoke(rss);
            var d = await client.GetAsync<Deployment>(ns, deployment);
            if (RolloutComplete(d))
                return d;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"rollout of {deployment} did not complete; status {Describe(d)}");
            await ReportAllAsync();
            await Task.Delay(20);
        }
    }

    /// <summary>What kubectl rollout status waits for.</summary>
    public static bool RolloutComplete(Deployment d) =>
        (d.Status.ObservedGeneration ?? 0) >= (d.Metadata.Generation ?? 0)
        && (d.Status.UpdatedReplicas ?? 0) == (d.Spec.Replicas ?? 1)
        && (d.Status.Replicas ?? 0) == (d.Status.UpdatedReplicas ?? 0)
        && (d.Status.AvailableReplicas ?? 0) == (d.Status.UpdatedReplicas ?? 0);

    public static string Describe(Deployment d) =>
        $"generation {d.Metadata.Generation} observed {d.Status.ObservedGeneration}, replicas {d.Status.Replicas} updated {d.Status.UpdatedReplicas} available {d.Status.AvailableReplicas}";

    public async Task<Deployment> WaitForAsync(string deployment, Func<Deployment, bool> done, string what) =>
        await Eventually.ReturnsAsync(() => client.GetAsync<Deployment>(ns, deployment), done, what);
}
