using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;

namespace Dotkube.Api.Apps.V1;

public sealed class DaemonSetSpec
{
    public LabelSelector? Selector { get; set; }

    public PodTemplateSpec Template { get; set => field = value ?? new(); } = new();

    public DaemonSetUpdateStrategy UpdateStrategy { get; set => field = value ?? new(); } = new();

    public int? MinReadySeconds { get; set; }

    /// <summary>Defaults to 10, as upstream.</summary>
    public int? RevisionHistoryLimit { get; set; }
}
