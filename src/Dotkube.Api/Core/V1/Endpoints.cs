using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 Endpoints: the addresses behind a service. Its singular is "endpoints", as upstream.</summary>
[KubeKind("", "v1", "endpoints", Singular = "endpoints", ShortNames = ["ep"])]
public sealed class Endpoints : KubeObject
{
    public List<EndpointSubset>? Subsets { get; set; }
}
