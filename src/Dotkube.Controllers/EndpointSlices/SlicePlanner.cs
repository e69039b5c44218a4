using Dotkube.Api.Core.V1;
using Dotkube.Api.Discovery.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Serialization;
using Dotkube.Controllers.Common;
using Slice = Dotkube.Api.Discovery.V1.EndpointSlice;
using SlicePort = Dotkube.Api.Discovery.V1.EndpointPort;

namespace Dotkube.Controllers.EndpointSlices;

/// <summary>What to write to bring a service's slices to the desired state.</summary>
/// <param name="SkippedPods">Pods left out because their node is not (yet) known; the service is synced again.</param>
public sealed record SlicePlan(List<Slice> Create, List<Slice> Update, List<Slice> Delete, List<string> SkippedPods)
{
    public bool IsEmpty => Create.Count == 0 && Update.Count == 0 && Delete.Count == 0;
}

/// <summary>
/// Decides how a service's EndpointSlices change (upstream's endpointslice reconciler), keeping
/// churn low: endpoints are grouped by address type and by the ports they resolve to (pods with
/// different resolved ports land in different slices); existing slices keep their endpoints and
/// are updated in place; new endpoints first fill slices already being updated, then the
/// unchanged slice that they fill closest to full, and only then new slices of at most
/// maxPerSlice endpoints; slices left empty are deleted, or reused instead of creating new
/// ones. A service without endpoints keeps one empty placeholder slice. Cached slices are never
/// modified: changed slices are copies.
/// </summary>
public sealed class SlicePlanner(Service service, int maxPerSlice)
{
    private readonly Dictionary<string, string> _labels = DesiredEndpoints.Labels(service);

    /// <param name="existing">The service's slices managed by this controller, not being deleted.</param>
    /// <param name="nodes">Looks a node up by name; null when it does not exist.</param>
    public SlicePlan Plan(IEnumerable<Pod> pods, IReadOnlyList<Slice> existing, Func<string, Node?> nodes)
    {
        var plan = new SlicePlan([], [], [], []);
        var addressTypes = DesiredEndpoints.AddressTypes(service);
        // Slices of an address type the service no longer has go.
        plan.Delete.AddRange(existing.Where(s => !addressTypes.Contains(s.AddressType)));
        var ordered = pods.OrderBy(p => p.Metadata.Name, StringComparer.Ordinal).ToList();
        foreach (var addressType in addressTypes)
        {
            var desired = DesiredByPorts(ordered, addressType, nodes, plan.SkippedPods);
            PlanAddressType(addressType, [.. existing.Where(s => s.AddressType == addressType)], desired, plan);
        }

        plan.SkippedPods.Sort(StringComparer.Ordinal);
        return plan;
    }

    private Dictionary<string, (List<SlicePort> Ports, Dictionary<string, Endpoint> Endpoints)> DesiredByPorts(
        List<Pod> pods, string addressType, Func<string, Node?> nodes, List<string> skipped)
    {
        var publishNotReady = service.Spec.PublishNotReadyAddresses == true;
        var desired = new Dictionary<string, (List<SlicePort>, Dictionary<string, Endpoint>)>();
        foreach (var pod in pods)
        {
            if (!ServiceEndpoints.ShouldPodBeInEndpoints(pod, includeTerminating: true))
                continue;
            var node = string.IsNullOrEmpty(pod.Spec.NodeName) ? null : nodes(pod.Spec.NodeName);
            if (node is null && !publishNotReady)
            {
                // As upstream: a pod on an unknown node is left out (and retried) rather than
                // blocking the whole service; publishNotReadyAddresses asks for it anyway.
                if (!skipped.Contains(pod.Metadata.Name!))
                    skipped.Add(pod.Metadata.Name!);
                continue;
            }

            var ports = DesiredEndpoints.Ports(service, pod);
            var key = DesiredEndpoints.PortsKey(ports);
            if (!desired.TryGetValue(key, out var group))
                desired[key] = group = (ports, []);
            var endpoint = DesiredEndpoints.ToEndpoint(pod, node, service, addressType);
            if (endpoint.Addresses.Count > 0)
                group.Item2.TryAdd(DesiredEndpoints.Identity(endpoint), endpoint);
        }

        return desired;
    }

    private void PlanAddressType(string addressType, List<Slice> existing,
        Dictionary<string, (List<SlicePort> Ports, Dictionary<string, Endpoint> Endpoints)> desired, SlicePlan plan)
    {
        var create = new List<Slice>();
        var update = new List<Slice>();
        var delete = new List<Slice>();
        var existingByPorts = existing.GroupBy(s => DesiredEndpoints.PortsKey(s.Ports)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (key, (ports, endpoints)) in desired)
            PlanPorts(existingByPorts.GetValueOrDefault(key) ?? [], endpoints, ports, addressType, create, update, delete);
        foreach (var (key, slices) in existingByPorts)
        {
            if (!desired.ContainsKey(key))
                delete.AddRange(slices);
        }

        if (existing.Count == delete.Count && create.Count == 0)
        {
            // Nothing would be left: keep (or make) one empty slice, so that consumers can tell
            // "no endpoints" from "not synced yet".
            var placeholder = NewSlice([], addressType);
            if (delete.Count == 1 && IsPlaceholder(delete[0], addressType))
                delete.Clear();
            else
                create.Add(placeholder);
        }

        ReuseDeletedForCreated(create, update, delete);
        plan.Create.AddRange(create);
        plan.Update.AddRange(update);
        plan.Delete.AddRange(delete);
    }

    private void PlanPorts(List<Slice> existing, Dictionary<string, Endpoint> desired, List<SlicePort> ports, string addressType,
        List<Slice> create, List<Slice> update, List<Slice> delete)
    {
        var remaining = new Dictionary<string, Endpoint>(desired);
        var unchanged = new List<Slice>();
        var updating = new List<Slice>();

        // 1. Existing slices keep the endpoints still desired, in their current state.
        foreach (var slice in existing)
        {
            var kept = new List<Endpoint>();
            var changed = false;
            foreach (var endpoint in slice.Endpoints)
            {
                var identity = DesiredEndpoints.Identity(endpoint);
                if (!remaining.Remove(identity, out var wanted))
                    continue;
                kept.Add(wanted);
                changed |= !DesiredEndpoints.SameState(wanted, endpoint);
            }

            var labelsChanged = !ServiceEndpoints.LabelsEqual(slice.Metadata.Labels, _labels);
            if (changed || kept.Count != slice.Endpoints.Count)
            {
                if (kept.Count == 0)
                {
                    delete.Add(slice);
                    continue;
                }

                updating.Add(Copy(slice, kept));
            }
            else if (labelsChanged)
            {
                updating.Add(Copy(slice, kept));
            }
            else
            {
                unchanged.Add(slice);
            }
        }

        var queue = new Queue<Endpoint>(remaining.Values);

        // 2. New endpoints first fill the slices being written anyway, fullest first.
        foreach (var slice in updating.OrderByDescending(s => s.Endpoints.Count))
        {
            while (queue.Count > 0 && slice.Endpoints.Count < maxPerSlice)
                slice.Endpoints.Add(queue.Dequeue());
        }

        // 3. Then the unchanged slice they fill closest to full, then new slices.
        while (queue.Count > 0)
        {
            Slice? fill = null;
            if (queue.Count < maxPerSlice)
            {
                var target = ClosestToFull(unchanged, queue.Count);
                if (target is not null)
                {
                    unchanged.Remove(target);
                    fill = Copy(target, target.Endpoints);
                    updating.Add(fill);
                }
            }

            if (fill is null)
            {
                fill = NewSlice(ports, addressType);
                create.Add(fill);
            }

            while (queue.Count > 0 && fill.Endpoints.Count < maxPerSlice)
                fill.Endpoints.Add(queue.Dequeue());
        }

        update.AddRange(updating);
    }

    /// <summary>The slice that <paramref name="adding"/> more endpoints fill closest to full without overflowing it (getSliceToFill).</summary>
    private Slice? ClosestToFull(List<Slice> slices, int adding)
    {
        Slice? best = null;
        var bestGap = maxPerSlice;
        foreach (var slice in slices)
        {
            var gap = maxPerSlice - (adding + slice.Endpoints.Count);
            if (gap >= 0 && gap < bestGap)
            {
                (best, bestGap) = (slice, gap);
                if (gap == 0)
                    break;
            }
        }

        return best;
    }

    /// <summary>
    /// A slice about to be deleted takes the place of one about to be created (same address type,
    /// owned by this service): one update instead of a delete and a create.
    /// </summary>
    private void ReuseDeletedForCreated(List<Slice> create, List<Slice> update, List<Slice> delete)
    {
        for (var i = 0; i < delete.Count && create.Count > 0;)
        {
            var old = delete[i];
            var created = create[^1];
            if (old.AddressType != created.AddressType || !Owners.IsControlledBy(old, service))
            {
                i++;
                continue;
            }

            var reused = Copy(old, created.Endpoints);
            reused.Ports = created.Ports;
            create.RemoveAt(create.Count - 1);
            delete.RemoveAt(i);
            update.Add(reused);
        }
    }

    private bool IsPlaceholder(Slice slice, string addressType) =>
        slice.AddressType == addressType && slice.Endpoints.Count == 0 && slice.Ports.Count == 0 &&
        ServiceEndpoints.LabelsEqual(slice.Metadata.Labels, _labels);

    private Slice NewSlice(List<SlicePort> ports, string addressType) => new()
    {
        Metadata = new ObjectMeta
        {
            GenerateName = service.Metadata.Name + "-",
            Namespace = service.Metadata.Namespace,
            Labels = new(_labels),
            OwnerReferences = [Owners.ControllerRef(service, "v1", "Service")],
        },
        AddressType = addressType,
        Ports = ports,
        Endpoints = [],
    };

    /// <summary>A copy of a cached slice with <paramref name="endpoints"/> and the desired labels and owner.</summary>
    private Slice Copy(Slice slice, List<Endpoint> endpoints)
    {
        var copy = KubeJson.Deserialize<Slice>(KubeJson.Serialize(slice));
        copy.Endpoints = [.. endpoints];
        copy.Metadata.Labels = new(_labels);
        return copy;
    }
}
