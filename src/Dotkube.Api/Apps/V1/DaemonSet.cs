using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Apps.V1;

/// <summary>A DaemonSet runs one copy of a pod on every node, or on each node that matches its selector, such as a log collector or network agent.</summary>
/// <remarks>One pod per eligible node.</remarks>
[KubeKind("apps", "v1", "daemonsets", ShortNames = ["ds"], Categories = ["all"], Subresources = ["status"])]
public sealed class DaemonSet : KubeObject
{
    /// <summary>The desired state of the daemon set: the pod template and how to update it.</summary>
    public DaemonSetSpec Spec { get; set => field = value ?? new(); } = new();

    /// <summary>The most recently observed state of the daemon set. Read-only.</summary>
    public DaemonSetStatus Status { get; set => field = value ?? new(); } = new();
}
