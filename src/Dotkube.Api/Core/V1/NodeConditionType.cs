namespace Dotkube.Api.Core.V1;

/// <summary>The built-in node condition types; the list is not exhaustive upstream.</summary>
public static class NodeConditionType
{
    public const string Ready = "Ready";
    public const string MemoryPressure = "MemoryPressure";
    public const string DiskPressure = "DiskPressure";
    public const string PIDPressure = "PIDPressure";
    public const string NetworkUnavailable = "NetworkUnavailable";
}
