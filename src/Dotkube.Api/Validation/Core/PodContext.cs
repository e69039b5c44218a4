namespace Dotkube.Api.Validation.Core;

/// <summary>What container validation needs from the rest of the pod spec (defaults applied).</summary>
internal sealed record PodContext(
    IReadOnlyDictionary<string, Dotkube.Api.Core.V1.Volume> Volumes,
    IReadOnlySet<string> ClaimNames,
    long GracePeriod,
    string RestartPolicy);
