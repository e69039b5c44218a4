using Dotkube.Api.Values;
using Dotkube.Api.Schema;

namespace Dotkube.ApiServer.Fields;

public static partial class FieldLabels
{
    private const string MetadataName = "metadata.name";
    private const string MetadataNamespace = "metadata.namespace";

    /// <summary>runtime.DefaultMetaV1FieldSelectorConversion, for kinds that register no conversion.</summary>
    private static readonly KindFieldSpec Default = new(
        Identity(MetadataName, MetadataNamespace),
        field => $"{GoStrings.Quote(field)} is not a known field selector: only \"{MetadataName}\", \"{MetadataNamespace}\"");

    /// <summary>
    /// The kinds with their own AddFieldLabelConversionFunc in v1.32 (pkg/apis/core/v1,
    /// batch/v1 and events/v1 conversion.go). apps/v1 registers none, so ReplicaSet's
    /// status.replicas, although in its field set, is rejected like any unknown label.
    /// </summary>
    private static readonly Dictionary<GroupVersionKind, KindFieldSpec> Specs = new()
    {
        [new("", "v1", "Pod")] = Custom(
            [
                (MetadataName, MetadataName), (MetadataNamespace, MetadataNamespace),
                ("spec.nodeName", "spec.nodeName"), ("spec.restartPolicy", "spec.restartPolicy"),
                ("spec.schedulerName", "spec.schedulerName"), ("spec.serviceAccountName", "spec.serviceAccountName"),
                ("spec.hostNetwork", "spec.hostNetwork"), ("status.phase", "status.phase"), ("status.podIP", "status.podIP"),
                ("status.podIPs", "status.podIPs"), ("status.nominatedNodeName", "status.nominatedNodeName"),
                // Old v1 clients still send spec.host.
                ("spec.host", "spec.nodeName"),
            ]),
        [new("", "v1", "Node")] = Custom(Identity(MetadataName, "spec.unschedulable")),
        [new("", "v1", "ReplicationController")] = Custom(Identity(MetadataName, MetadataNamespace, "status.replicas")),
        [new("", "v1", "Event")] = Custom(Identity(
            "involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid",
            "involvedObject.apiVersion", "involvedObject.resourceVersion", "involvedObject.fieldPath",
            "reason", "reportingComponent", "source", "type", MetadataNamespace, MetadataName)),
        [new("", "v1", "Namespace")] = Custom(Identity("status.phase", MetadataName)),
        [new("", "v1", "Secret")] = Custom(Identity("type", MetadataNamespace, MetadataName)),
        [new("", "v1", "Service")] = Custom(Identity(MetadataNamespace, MetadataName, "spec.clusterIP", "spec.type")),
        [new("batch", "v1", "Job")] = Custom(Identity(MetadataName, MetadataNamespace, "status.successful")),
        // events.k8s.io Events share core Event storage, so their labels map onto core's field set.
        [new("events.k8s.io", "v1", "Event")] = Custom(
            [
                ("reason", "reason"),
                ("regarding.kind", "involvedObject.kind"), ("regarding.namespace", "involvedObject.namespace"),
                ("regarding.name", "involvedObject.name"), ("regarding.uid", "involvedObject.uid"),
                ("regarding.apiVersion", "involvedObject.apiVersion"),
                ("regarding.resourceVersion", "involvedObject.resourceVersion"),
                ("regarding.fieldPath", "involvedObject.fieldPath"),
                ("reportingController", "reportingComponent"), ("source", "source"), ("type", "type"),
                (MetadataNamespace, MetadataNamespace), (MetadataName, MetadataName),
            ]),
    };

    private static KindFieldSpec SpecFor(GroupVersionKind gvk) => Specs.GetValueOrDefault(gvk, Default);

    /// <summary>The kinds' own conversions all fail with this text.</summary>
    private static KindFieldSpec Custom((string Wire, string Internal)[] labels) =>
        new(labels, field => "field label not supported: " + field);

    private static (string, string)[] Identity(params string[] labels) => [.. labels.Select(l => (l, l))];

    private sealed class KindFieldSpec((string Wire, string Internal)[] labels, Func<string, string> reject)
    {
        public IReadOnlyList<string> Labels { get; } = [.. labels.Select(l => l.Wire)];

        public IReadOnlyDictionary<string, string> Conversions { get; } = labels.ToDictionary(l => l.Wire, l => l.Internal, StringComparer.Ordinal);

        public string Reject(string field) => reject(field);
    }
}
