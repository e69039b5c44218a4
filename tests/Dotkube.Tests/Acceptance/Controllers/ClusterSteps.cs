using Dotkube.Api.Core.V1;
using Dotkube.Client.Rest;

namespace Dotkube.Tests.Acceptance.Controllers;

/// <summary>Steps the controller scenarios share: kubectl calls that must succeed, and polling the API until a state holds.</summary>
public static class ClusterSteps
{
    private static readonly TimeSpan DefaultLimit = TimeSpan.FromSeconds(60);

    public static async Task<string> OkAsync(this BinaryServerFixture server, params string[] arguments) =>
        (await server.Kubectl.RunAsync(arguments)).Ok();

    /// <summary>A new namespace with a unique name starting with <paramref name="prefix"/>.</summary>
    public static async Task<string> NewNamespaceAsync(this BinaryServerFixture server, string prefix)
    {
        var ns = $"{prefix}-{Guid.NewGuid().ToString("N")[..6]}";
        await server.CreateNamespaceAsync(ns);
        return ns;
    }

    /// <summary>`kubectl rollout status` must report success.</summary>
    public static Task<string> RolloutDoneAsync(this BinaryServerFixture server, string ns, string deployment) =>
        server.OkAsync("rollout", "status", "deployment/" + deployment, "-n", ns, "--timeout=90s");

    /// <summary>Pods of the namespace that are not being deleted.</summary>
    public static async Task<List<Pod>> LivePodsAsync(this KubeClient client, string ns, string? selector = null) =>
        [.. (await client.ListAsync<Pod>(ns, new ListOptions { LabelSelector = selector })).Items.Where(p => p.Metadata.DeletionTimestamp is null)];

    public static bool IsReady(Pod pod) => pod.Status?.Conditions?.Any(c => c.Type == "Ready" && c.Status == "True") == true;

    /// <summary>Polls until <paramref name="done"/> holds for what <paramref name="read"/> returns; fails with the last value.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, TimeSpan? limit = null)
    {
        var deadline = DateTime.UtcNow + (limit ?? DefaultLimit);
        while (true)
        {
            var value = await read();
            if (done(value))
                return value;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"Timed out waiting for {what}; last seen: {value}");
            await Task.Delay(100);
        }
    }
}
