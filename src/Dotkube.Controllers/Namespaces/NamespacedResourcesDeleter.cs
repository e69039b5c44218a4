using Dotkube.Api.Core.V1;
using Dotkube.Client.Dynamic;
using Dotkube.Client.Rest;
using Microsoft.Extensions.Logging;
using CoreNamespace = Dotkube.Api.Core.V1.Namespace;

namespace Dotkube.Controllers.Namespaces;

/// <summary>
/// Empties a deleted namespace and releases it (upstream's namespacedResourcesDeleter.Delete):
/// Terminating phase, content deletion with conditions, then the "kubernetes" finalizer removed
/// through /finalize once nothing is left. Returns how long content is expected to remain
/// (zero when the namespace was finalized); a failure throws, for a retry with backoff.
/// </summary>
public sealed partial class NamespacedResourcesDeleter(KubeClient client, DiscoveryClient discovery, MetadataClient metadata,
    TimeProvider time, ILogger logger)
{
    public async Task<TimeSpan> DeleteAsync(CoreNamespace ns, CancellationToken ct)
    {
        if (ns.Metadata.DeletionTimestamp is not { } deletedAt)
            return TimeSpan.Zero;

        if (ns.Status.Phase != NamespacePhase.Terminating)
        {
            ns.Status.Phase = NamespacePhase.Terminating;
            ns = await client.UpdateStatusAsync(ns, ct: ct).ConfigureAwait(false);
        }

        if (!(ns.Spec.Finalizers ?? []).Contains(FinalizerName.Kubernetes))
            return TimeSpan.Zero;

        (var estimate, ns) = await DeleteAllContentAsync(ns, deletedAt, ct).ConfigureAwait(false);
        if (estimate > TimeSpan.Zero)
            return estimate;

        LogFinalizing(logger, ns.Metadata.Name!);
        ns.Spec.Finalizers = [.. (ns.Spec.Finalizers ?? []).Where(f => f != FinalizerName.Kubernetes).Distinct().Order(StringComparer.Ordinal)];
        await client.FinalizeAsync(ns, ct).ConfigureAwait(false);
        return TimeSpan.Zero;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Namespace {Namespace} is empty; removing its kubernetes finalizer")]
    private static partial void LogFinalizing(ILogger logger, string @namespace);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the status conditions of namespace {Namespace}")]
    private static partial void LogStatusUpdateFailed(ILogger logger, Exception e, string @namespace);
}
