namespace Dotkube.Api.Meta;

/// <summary>metav1.Condition, the standard condition shape of newer APIs (all but observedGeneration required).</summary>
public sealed class Condition
{
    public string Type { get; set; } = "";

    public string Status { get; set; } = "";

    public long? ObservedGeneration { get; set; }

    public DateTimeOffset LastTransitionTime { get; set; }

    public string Reason { get; set; } = "";

    public string Message { get; set; } = "";
}
