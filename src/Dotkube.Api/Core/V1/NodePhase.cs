namespace Dotkube.Api.Core.V1;

/// <summary>Node phases; upstream deprecated the field and never sets it.</summary>
public static class NodePhase
{
    public const string Pending = "Pending";
    public const string Running = "Running";
    public const string Terminated = "Terminated";
}
