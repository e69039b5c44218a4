namespace Dotkube.Api.Batch.V1;

/// <summary>UIDs of finished pods whose finalizer is removed but which are not yet counted in the status.</summary>
public sealed class UncountedTerminatedPods
{
    public List<string>? Succeeded { get; set; }

    public List<string>? Failed { get; set; }
}
