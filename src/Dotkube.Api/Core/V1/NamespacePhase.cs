namespace Dotkube.Api.Core.V1;

/// <summary>The lifecycle phases of a namespace.</summary>
public static class NamespacePhase
{
    public const string Active = "Active";
    public const string Terminating = "Terminating";
}
