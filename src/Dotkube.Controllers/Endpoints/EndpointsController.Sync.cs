using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Serialization;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Client.Runtime;
using Dotkube.Controllers.Common;

namespace Dotkube.Controllers.Endpoints;

public sealed partial class EndpointsController
{
    public async Task<ReconcileResult> ReconcileAsync(string key, CancellationToken ct)
    {
        var (ns, name) = ObjectKeys.Split(key);
        var service = _services.Lister.Get(ns, name);
        if (service is null)
        {
            // As upstream: delete whether or not the cache has it, in case the cache is behind.
            try
            {
                await _context.Client.DeleteAsync<Api.Core.V1.Endpoints>(ns, name, ct: ct).ConfigureAwait(false);
            }
            catch (ApiStatusException e) when (e.IsNotFound)
            {
            }

            _triggerTimes.Forget(ns!, name);
            return ReconcileResult.Success;
        }

        if (!ServiceEndpoints.HasManagedEndpoints(service))
            return ReconcileResult.Success;

        var pods = ServiceEndpoints.SelectedPods(_pods.Lister, service);
        var triggerTime = _triggerTimes.Compute(service, pods);
        var subsets = EndpointSubsets.Build(service, pods);
        var truncated = EndpointSubsets.Truncate(subsets);
        var labels = DesiredLabels(service);

        var current = _endpoints.Lister.Get(ns, name);
        if (current is not null && EndpointSubsets.Equal(current.Subsets, subsets) &&
            ServiceEndpoints.LabelsEqual(current.Metadata.Labels, labels) &&
            current.Metadata.Annotations?.ContainsKey(OverCapacityAnnotation) == truncated)
            return ReconcileResult.Success;

        var desired = current is null
            ? new Api.Core.V1.Endpoints { Metadata = new ObjectMeta { Name = name, Namespace = ns } }
            : KubeJson.Deserialize<Api.Core.V1.Endpoints>(KubeJson.Serialize(current));
        desired.Subsets = subsets;
        desired.Metadata.Labels = labels.Count == 0 ? null : labels;
        var annotations = desired.Metadata.Annotations ?? [];
        SetOrRemove(annotations, ServiceEndpoints.LastChangeTriggerTimeAnnotation, triggerTime is { } t ? TriggerTimeTracker.Format(t) : null);
        SetOrRemove(annotations, OverCapacityAnnotation, truncated ? "truncated" : null);
        desired.Metadata.Annotations = annotations.Count == 0 ? null : annotations;

        try
        {
            if (current is null)
                await _context.Client.CreateAsync(desired, ct: ct).ConfigureAwait(false);
            else
                await _context.Client.UpdateAsync(desired, ct: ct).ConfigureAwait(false);
        }
        catch (ApiStatusException e) when (current is null && NamespaceTermination.Is(e))
        {
            // Creates keep failing while the namespace terminates: drop the key.
            return ReconcileResult.Success;
        }
        catch (ApiStatusException e) when (!e.IsConflict && !e.IsAlreadyExists)
        {
            if (current is null)
                _events.Event(desired, "Warning", "FailedToCreateEndpoint", $"Failed to create endpoint for service {ns}/{name}: {e.Message}");
            else
                _events.Event(desired, "Warning", "FailedToUpdateEndpoint", $"Failed to update endpoint {ns}/{name}: {e.Message}");
            throw;
        }

        LogSynced(_logger, ns!, name, EndpointSubsets.Count(subsets));
        return ReconcileResult.Success;
    }

    /// <summary>The service's labels, plus service.kubernetes.io/headless for a headless service.</summary>
    internal static Dictionary<string, string> DesiredLabels(Service service)
    {
        var labels = new Dictionary<string, string>(service.Metadata.Labels ?? []);
        labels.Remove(ServiceEndpoints.HeadlessLabel);
        if (ServiceEndpoints.IsHeadless(service))
            labels[ServiceEndpoints.HeadlessLabel] = "";
        return labels;
    }

    private static void SetOrRemove(Dictionary<string, string> annotations, string key, string? value)
    {
        if (value is null)
            annotations.Remove(key);
        else
            annotations[key] = value;
    }
}
