using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Dynamic;
using Dotkube.Client.Rest;
using CoreNamespace = Dotkube.Api.Core.V1.Namespace;

namespace Dotkube.Controllers.Namespaces;

public sealed partial class NamespacedResourcesDeleter
{
    /// <summary>As upstream's finalizerEstimateSeconds: how long to wait for objects held by finalizers.</summary>
    public static readonly TimeSpan FinalizerEstimate = TimeSpan.FromSeconds(15);

    /// <summary>What one resource's deletion left: the wait estimate, the instances left, and their finalizers.</summary>
    private readonly record struct Remaining(TimeSpan Estimate, int Count, Dictionary<string, int> Finalizers);

    /// <summary>
    /// Deletes every namespaced resource's content (upstream's deleteAllContent): errors of one
    /// resource do not stop the others; conditions are written whether or not anything failed,
    /// so a problem that went away is reported gone. Throws the collected errors at the end.
    /// </summary>
    private async Task<(TimeSpan Estimate, CoreNamespace Namespace)> DeleteAllContentAsync(CoreNamespace ns, DateTimeOffset deletedAt,
        CancellationToken ct)
    {
        var name = ns.Metadata.Name!;
        var conditions = new NamespaceConditions();
        var errors = new List<string>();
        IReadOnlyList<ApiResource> resources = [];
        try
        {
            var found = await discovery.ServerPreferredResourcesAsync(ct).ConfigureAwait(false);
            resources = found.Resources;
            if (!found.Complete)
            {
                // Not fatal: whatever was discovered is deleted now, the rest on a later sync.
                errors.Add(found.FailureMessage);
                conditions.DiscoveryFailed(found.FailedGroups.Count, found.FailureMessage);
            }
        }
        catch (Exception e) when (e is ApiStatusException or HttpRequestException)
        {
            errors.Add(e.Message);
            conditions.DiscoveryFailed(0, e.Message);
        }

        var estimate = TimeSpan.Zero;
        var byResource = new Dictionary<string, int>();
        var byFinalizer = new Dictionary<string, int>();
        foreach (var resource in resources.Where(r => r.Namespaced && r.Supports("delete")))
        {
            Remaining left;
            try
            {
                left = await DeleteContentAsync(resource, name, deletedAt, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is ApiStatusException or HttpRequestException or RemainingContentException)
            {
                errors.Add(e.Message);
                conditions.DeleteContentFailed(e.Message);
                left = e is RemainingContentException remaining ? remaining.Left : default;
            }

            if (left.Estimate > estimate)
                estimate = left.Estimate;
            if (left.Count > 0)
            {
                byResource[resource.GroupResource] = left.Count;
                foreach (var (finalizer, count) in left.Finalizers ?? [])
                    byFinalizer[finalizer] = byFinalizer.GetValueOrDefault(finalizer) + count;
            }
        }

        conditions.ContentRemaining(byResource, byFinalizer);
        if (conditions.ApplyTo(ns.Status, time.GetUtcNow()))
        {
            try
            {
                ns = await client.UpdateStatusAsync(ns, ct: ct).ConfigureAwait(false);
            }
            catch (ApiStatusException e) when (!e.IsNotFound)
            {
                LogStatusUpdateFailed(logger, e, name);
            }
        }

        if (errors.Count > 0)
            throw new InvalidOperationException($"deleting the content of namespace {name}: {string.Join("; ", errors)}");
        return (estimate, ns);
    }

    /// <summary>
    /// One resource's content (upstream's deleteAllContentForGroupVersionResource): estimate the
    /// graceful wait, delete the collection (or each item), and list what is left.
    /// </summary>
    private async Task<Remaining> DeleteContentAsync(ApiResource resource, string ns, DateTimeOffset deletedAt, CancellationToken ct)
    {
        var estimate = await EstimateGracefulTerminationAsync(resource, ns, deletedAt, ct).ConfigureAwait(false);
        // Background propagation: the namespace controller removes everything itself and must
        // not make the garbage collector orphan anything (no orphan finalizer).
        var options = new DeleteOptions { PropagationPolicy = "Background" };
        if (!resource.Supports("deletecollection") || !await TryDeleteCollectionAsync(resource, ns, options, ct).ConfigureAwait(false))
            await DeleteEachAsync(resource, ns, options, ct).ConfigureAwait(false);

        if (!resource.Supports("list"))
            return new Remaining(estimate, 0, []);
        var items = (await metadata.ListAsync(resource, ns, ct: ct).ConfigureAwait(false)).Items;
        if (items.Count == 0)
            return new Remaining(TimeSpan.Zero, 0, []);

        var finalizers = items.SelectMany(i => i.Metadata.Finalizers ?? []).GroupBy(f => f).ToDictionary(g => g.Key, g => g.Count());
        if (estimate > TimeSpan.Zero)
            return new Remaining(estimate, items.Count, finalizers);
        if (finalizers.Count > 0)
            return new Remaining(FinalizerEstimate, items.Count, finalizers);
        throw new RemainingContentException(
            $"unexpected items still remain in namespace: {ns} for gvr: {resource.Group}/{resource.Version}, Resource={resource.Resource}",
            new Remaining(estimate, items.Count, finalizers));
    }

    /// <summary>False when the server does not serve deletecollection after all (405 or 404), as upstream's opCache learns.</summary>
    private async Task<bool> TryDeleteCollectionAsync(ApiResource resource, string ns, DeleteOptions options, CancellationToken ct)
    {
        try
        {
            await metadata.DeleteCollectionAsync(resource, ns, options, ct: ct).ConfigureAwait(false);
            return true;
        }
        catch (ApiStatusException e) when (e.IsNotFound || e.Code == 405)
        {
            return false;
        }
    }

    private async Task DeleteEachAsync(ApiResource resource, string ns, DeleteOptions options, CancellationToken ct)
    {
        if (!resource.Supports("list"))
            return;
        var items = (await metadata.ListAsync(resource, ns, ct: ct).ConfigureAwait(false)).Items;
        foreach (var item in items)
        {
            try
            {
                await metadata.DeleteAsync(resource, ns, item.Metadata.Name!, options, ct).ConfigureAwait(false);
            }
            catch (ApiStatusException e) when (e.IsNotFound || e.Code == 405)
            {
            }
        }
    }

    /// <summary>
    /// As upstream: pods get the longest grace period of the namespace's running pods, counted
    /// from the namespace's deletion; past it (or for other resources) the estimate is zero.
    /// </summary>
    private async Task<TimeSpan> EstimateGracefulTerminationAsync(ApiResource resource, string ns, DateTimeOffset deletedAt, CancellationToken ct)
    {
        if (resource.Group.Length != 0 || resource.Resource != "pods")
            return TimeSpan.Zero;
        var pods = await client.ListAsync<Pod>(ns, ct: ct).ConfigureAwait(false);
        var seconds = pods.Items
            .Where(p => p.Status?.Phase is not ("Succeeded" or "Failed"))
            .Select(p => p.Spec.TerminationGracePeriodSeconds ?? 0)
            .DefaultIfEmpty(0)
            .Max();
        var estimate = TimeSpan.FromSeconds(seconds);
        return time.GetUtcNow() - deletedAt >= estimate ? TimeSpan.Zero : estimate;
    }

    private sealed class RemainingContentException(string message, Remaining left) : Exception(message)
    {
        public Remaining Left { get; } = left;
    }
}
