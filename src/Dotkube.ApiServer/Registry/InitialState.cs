using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Schema;
using Dotkube.Api.Values;

namespace Dotkube.ApiServer.Registry;

/// <summary>
/// The status (and for namespaces the finalizer) each kind's upstream PrepareForCreate sets:
/// clients cannot create objects with a status of their choosing, except nodes.
/// </summary>
internal static class InitialState
{
    /// <summary>Upstream's message on the PodScheduled condition of a pod created with scheduling gates.</summary>
    public const string SchedulingGatedMessage = "Scheduling is blocked due to non-empty scheduling gates";

    public static void Apply(ResourceInfo resource, KubeObject obj, DateTimeOffset now)
    {
        switch (obj)
        {
            case Node:
                return;
            case Pod pod:
                pod.Status = new PodStatus { Phase = "Pending", QosClass = QosClassOf(pod.Spec) };
                if (pod.Spec.SchedulingGates is { Count: > 0 })
                {
                    // As upstream's pod strategy: a gated pod says why it waits (kubectl shows SchedulingGated).
                    pod.Status.Conditions =
                    [
                        new PodCondition { Type = "PodScheduled", Status = "False", Reason = "SchedulingGated", Message = SchedulingGatedMessage, LastTransitionTime = now },
                    ];
                }

                return;
            case Namespace ns:
                ns.Status = new NamespaceStatus { Phase = "Active" };
                ns.Spec.Finalizers ??= [];
                if (!ns.Spec.Finalizers.Contains("kubernetes"))
                {
                    ns.Spec.Finalizers.Add("kubernetes");
                }

                return;
            case PersistentVolume pv:
                pv.Status = new PersistentVolumeStatus { Phase = "Pending" };
                return;
            case PersistentVolumeClaim pvc:
                pvc.Status = new PersistentVolumeClaimStatus { Phase = "Pending" };
                return;
        }

        if (KindRules.HasStatus(resource))
        {
            var status = resource.ClrType.GetProperty("Status");
            if (status is not null && status.CanWrite)
            {
                status.SetValue(obj, status.PropertyType.IsValueType ? null : Activator.CreateInstance(status.PropertyType));
            }
        }
    }

    /// <summary>
    /// qos.GetPodQOS: BestEffort without any cpu/memory request or limit, Guaranteed when every
    /// container limits both and requests equal limits, Burstable otherwise.
    /// </summary>
    public static string QosClassOf(PodSpec? spec)
    {
        var containers = (spec?.Containers ?? []).Concat(spec?.InitContainers ?? []).ToList();
        var any = false;
        var guaranteed = true;
        foreach (var container in containers)
        {
            var requests = Compute(container.Resources?.Requests);
            var limits = Compute(container.Resources?.Limits);
            any |= requests.Count > 0 || limits.Count > 0;
            if (limits.Count < 2)
            {
                guaranteed = false;
            }

            foreach (var (name, request) in requests)
            {
                if (!limits.TryGetValue(name, out var limit) || limit.CompareTo(request) != 0)
                {
                    guaranteed = false;
                }
            }
        }

        return !any ? "BestEffort" : guaranteed ? "Guaranteed" : "Burstable";
    }

    private static Dictionary<string, Quantity> Compute(Dictionary<string, Quantity>? values) =>
        values?.Where(v => v.Key is "cpu" or "memory" && !v.Value.IsZero).ToDictionary(v => v.Key, v => v.Value) ?? [];
}
