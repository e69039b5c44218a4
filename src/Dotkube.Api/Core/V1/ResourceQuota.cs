using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ResourceQuota: aggregate limits per namespace.</summary>
[KubeKind("", "v1", "resourcequotas", ShortNames = ["quota"], Subresources = ["status"])]
public sealed class ResourceQuota : KubeObject
{
    public ResourceQuotaSpec Spec { get; set => field = value ?? new(); } = new();

    public ResourceQuotaStatus Status { get; set => field = value ?? new(); } = new();
}
