namespace Dotkube.Api.Core.V1;

/// <summary>Pod quality-of-service classes (status.qosClass).</summary>
public static class PodQOSClass
{
    public const string Guaranteed = "Guaranteed";
    public const string Burstable = "Burstable";
    public const string BestEffort = "BestEffort";
}
