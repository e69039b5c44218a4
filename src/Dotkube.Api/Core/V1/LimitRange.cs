using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 LimitRange: per-object resource limits and defaults in a namespace.</summary>
[KubeKind("", "v1", "limitranges", ShortNames = ["limits"])]
public sealed class LimitRange : KubeObject
{
    public LimitRangeSpec Spec { get; set => field = value ?? new(); } = new();
}
