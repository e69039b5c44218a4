using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Apps.V1;

/// <summary>One pod per eligible node.</summary>
[KubeKind("apps", "v1", "daemonsets", ShortNames = ["ds"], Categories = ["all"], Subresources = ["status"])]
public sealed class DaemonSet : KubeObject
{
    public DaemonSetSpec Spec { get; set => field = value ?? new(); } = new();

    public DaemonSetStatus Status { get; set => field = value ?? new(); } = new();
}
