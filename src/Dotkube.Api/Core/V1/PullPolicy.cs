namespace Dotkube.Api.Core.V1;

/// <summary>Image pull policies; upstream defaults to Always for ":latest" (or no tag), IfNotPresent otherwise.</summary>
public static class PullPolicy
{
    public const string Always = "Always";
    public const string Never = "Never";
    public const string IfNotPresent = "IfNotPresent";
}
