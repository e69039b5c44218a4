namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 PodReadinessGate: a pod condition type that must be True for the pod to be ready.</summary>
public sealed class PodReadinessGate
{
    public string ConditionType { get; set; } = "";
}
