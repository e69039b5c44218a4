namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 PodSchedulingGate: while any gate remains, the scheduler leaves the pod alone.</summary>
public sealed class PodSchedulingGate
{
    public string Name { get; set; } = "";
}
