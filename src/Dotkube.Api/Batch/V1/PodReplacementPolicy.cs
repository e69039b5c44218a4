namespace Dotkube.Api.Batch.V1;

/// <summary>Values of <c>JobSpec.podReplacementPolicy</c>.</summary>
public static class PodReplacementPolicy
{
    public const string TerminatingOrFailed = "TerminatingOrFailed";
    public const string Failed = "Failed";
}
