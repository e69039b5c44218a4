namespace Dotkube.Api.Batch.V1;

public sealed class PodFailurePolicyOnPodConditionsPattern
{
    /// <summary>A pod condition type such as "DisruptionTarget".</summary>
    public string Type { get; set; } = "";

    /// <summary>Defaults to "True", as upstream.</summary>
    public string Status { get; set; } = "";
}
