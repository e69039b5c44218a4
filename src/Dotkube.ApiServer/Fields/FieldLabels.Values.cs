using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.ApiServer.Fields;

public static partial class FieldLabels
{
    /// <summary>
    /// The selectable field set of <paramref name="obj"/> (upstream's ToSelectableFields), under
    /// the internal labels <see cref="TryConvert"/> produces. Absent values are "" and booleans
    /// and counts are written as Go's strconv writes them ("false", "3").
    /// </summary>
    public static IReadOnlyDictionary<string, string> Values(KubeObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return obj switch
        {
            Api.Core.V1.Pod pod => PodValues(pod),
            Api.Core.V1.Node node => With(Meta(node, namespaced: false), ("spec.unschedulable", Bool(node.Spec.Unschedulable))),
            Api.Core.V1.Namespace ns => With(Meta(ns, namespaced: false), ("status.phase", ns.Status.Phase ?? "")),
            Api.Core.V1.ReplicationController rc => With(Meta(rc, namespaced: true), ("status.replicas", Int(rc.Status.Replicas))),
            Api.Core.V1.Secret secret => With(Meta(secret, namespaced: true), ("type", secret.Type ?? "")),
            Api.Core.V1.Service service => With(
                Meta(service, namespaced: true),
                ("spec.clusterIP", service.Spec.ClusterIP ?? ""),
                ("spec.type", service.Spec.Type ?? "")),
            Api.Batch.V1.Job job => With(Meta(job, namespaced: true), ("status.successful", Int(job.Status.Succeeded ?? 0))),
            Api.Core.V1.Event e => EventValues(e, e.InvolvedObject, e.Reason, e.ReportingComponent, e.Source.Component, e.Type),
            Api.Events.V1.Event e => EventValues(e, e.Regarding, e.Reason, e.ReportingController, e.DeprecatedSource.Component, e.Type),
            _ => Meta(obj, Scheme.Default.Find(obj.GetType())?.Namespaced ?? obj.Metadata.Namespace is not null),
        };
    }

    private static Dictionary<string, string> PodValues(Api.Core.V1.Pod pod)
    {
        // Upstream reads the internal Pod, which keeps only status.podIPs; its first entry is
        // status.podIP. status.podIPs itself is accepted by the conversion but not in the set,
        // so selecting on it only matches "" (kept, as upstream).
        var podIP = pod.Status.PodIPs is [var first, ..] ? first.IP : pod.Status.PodIP ?? "";
        return With(
            Meta(pod, namespaced: true),
            ("spec.nodeName", pod.Spec.NodeName ?? ""),
            ("spec.restartPolicy", pod.Spec.RestartPolicy ?? ""),
            ("spec.schedulerName", pod.Spec.SchedulerName ?? ""),
            ("spec.serviceAccountName", pod.Spec.ServiceAccountName ?? ""),
            ("spec.hostNetwork", Bool(pod.Spec.HostNetwork)),
            ("status.phase", pod.Status.Phase ?? ""),
            ("status.podIP", podIP),
            ("status.nominatedNodeName", pod.Status.NominatedNodeName ?? ""));
    }

    /// <summary>Both Event versions map onto core's internal set; "source" falls back to the reporting controller.</summary>
    private static Dictionary<string, string> EventValues(
        KubeObject e, Api.Core.V1.ObjectReference involved, string? reason, string? reportingController, string? sourceComponent, string? type) =>
        With(
            Meta(e, namespaced: true),
            ("involvedObject.kind", involved.Kind ?? ""),
            ("involvedObject.namespace", involved.Namespace ?? ""),
            ("involvedObject.name", involved.Name ?? ""),
            ("involvedObject.uid", involved.Uid ?? ""),
            ("involvedObject.apiVersion", involved.ApiVersion ?? ""),
            ("involvedObject.resourceVersion", involved.ResourceVersion ?? ""),
            ("involvedObject.fieldPath", involved.FieldPath ?? ""),
            ("reason", reason ?? ""),
            ("reportingComponent", reportingController ?? ""),
            ("source", string.IsNullOrEmpty(sourceComponent) ? reportingController ?? "" : sourceComponent),
            ("type", type ?? ""));

    /// <summary>generic.ObjectMetaFieldsSet: metadata.namespace only for namespaced kinds.</summary>
    private static Dictionary<string, string> Meta(KubeObject obj, bool namespaced)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal) { [MetadataName] = obj.Metadata.Name ?? "" };
        if (namespaced)
        {
            fields[MetadataNamespace] = obj.Metadata.Namespace ?? "";
        }

        return fields;
    }

    private static Dictionary<string, string> With(Dictionary<string, string> fields, params (string Field, string Value)[] more)
    {
        foreach (var (field, value) in more)
        {
            fields[field] = value;
        }

        return fields;
    }

    private static string Bool(bool? value) => value == true ? "true" : "false";

    private static string Int(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
