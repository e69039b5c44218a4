using Dotkube.Api.Core.V1;
using Dotkube.Api.Discovery.V1;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Client.Runtime;
using Dotkube.Controllers.Common;
using Slice = Dotkube.Api.Discovery.V1.EndpointSlice;

namespace Dotkube.Controllers.EndpointSlices;

public sealed partial class EndpointSliceController
{
    public async Task<ReconcileResult> ReconcileAsync(string key, CancellationToken ct)
    {
        var (ns, name) = ObjectKeys.Split(key);
        var service = _services.Lister.Get(ns, name);
        if (service is null)
        {
            // As upstream, the slices are left to the garbage collector (the Service controls
            // them), so a deletion with propagationPolicy Orphan leaves them in place.
            _triggerTimes.Forget(ns!, name);
            _tracker.ForgetService(key);
            return ReconcileResult.Success;
        }

        if (!ServiceEndpoints.HasManagedEndpoints(service))
            return ReconcileResult.Success;

        var pods = ServiceEndpoints.SelectedPods(_pods.Lister, service);
        var slices = ManagedSlices(ns!, name).Where(s => s.Metadata.DeletionTimestamp is null).ToList();
        if (_tracker.IsStale(key, slices))
            throw new InvalidOperationException($"EndpointSlice cache is behind this controller's writes for service {key}");

        var triggerTime = _triggerTimes.Compute(service, pods);
        var plan = new SlicePlanner(service, _options.MaxEndpointsPerSlice).Plan(pods, slices, node => _nodes.Lister.Get(null, node));
        await ApplyAsync(service, plan, triggerTime, ct).ConfigureAwait(false);
        if (plan.SkippedPods.Count > 0)
            throw new InvalidOperationException($"skipped pods of service {key} on unknown nodes: {string.Join(", ", plan.SkippedPods)}");
        return ReconcileResult.Success;
    }

    private async Task ApplyAsync(Service service, SlicePlan plan, DateTimeOffset? triggerTime, CancellationToken ct)
    {
        // As upstream: no new slices for a service being deleted, not to race the garbage collector.
        if (service.Metadata.DeletionTimestamp is null)
        {
            foreach (var slice in plan.Create)
            {
                SetTriggerTime(slice, triggerTime);
                try
                {
                    _tracker.Written(await _context.Client.CreateAsync(slice, ct: ct).ConfigureAwait(false));
                }
                catch (ApiStatusException e) when (NamespaceTermination.Is(e))
                {
                    return;
                }
            }
        }

        foreach (var slice in plan.Update)
        {
            SetTriggerTime(slice, triggerTime);
            _tracker.Written(await _context.Client.UpdateAsync(slice, ct: ct).ConfigureAwait(false));
        }

        foreach (var slice in plan.Delete)
        {
            await DeleteAsync(slice, ct).ConfigureAwait(false);
            _tracker.Deleted(slice);
        }

        if (!plan.IsEmpty)
            LogSynced(_logger, ObjectKeys.Of(service), plan.Create.Count, plan.Update.Count, plan.Delete.Count);
    }

    private async Task DeleteAsync(Slice slice, CancellationToken ct)
    {
        try
        {
            await _context.Client.DeleteAsync<Slice>(slice.Metadata.Namespace, slice.Metadata.Name!, ct: ct).ConfigureAwait(false);
        }
        catch (ApiStatusException e) when (e.IsNotFound)
        {
        }
    }

    private IEnumerable<Slice> ManagedSlices(string ns, string service) =>
        _slices.Lister.List(ns).Where(s =>
            s.Metadata.Labels?.GetValueOrDefault(EndpointSliceLabels.ServiceName) == service &&
            s.Metadata.Labels.GetValueOrDefault(EndpointSliceLabels.ManagedBy) == EndpointSliceLabels.ControllerName);

    private static void SetTriggerTime(Slice slice, DateTimeOffset? triggerTime)
    {
        var annotations = slice.Metadata.Annotations ?? [];
        if (triggerTime is { } time)
            annotations[ServiceEndpoints.LastChangeTriggerTimeAnnotation] = TriggerTimeTracker.Format(time);
        else
            annotations.Remove(ServiceEndpoints.LastChangeTriggerTimeAnnotation);
        slice.Metadata.Annotations = annotations.Count == 0 ? null : annotations;
    }
}
