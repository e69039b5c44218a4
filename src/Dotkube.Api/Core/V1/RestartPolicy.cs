namespace Dotkube.Api.Core.V1;

/// <summary>Pod restart policies (spec.restartPolicy); the only container-level value is Always.</summary>
public static class RestartPolicy
{
    public const string Always = "Always";
    public const string OnFailure = "OnFailure";
    public const string Never = "Never";
}
