using Dotkube.Api.Schema;
namespace Dotkube.Api.Meta;

/// <summary>metav1.DeleteOptions, the optional body of a DELETE.</summary>
[KubeType("meta.k8s.io", "v1")]
public sealed class DeleteOptions : TypeMeta
{
    public long? GracePeriodSeconds { get; set; }

    public Preconditions? Preconditions { get; set; }

    public bool? OrphanDependents { get; set; }

    /// <summary>"Orphan", "Background" or "Foreground".</summary>
    public string? PropagationPolicy { get; set; }

    public List<string>? DryRun { get; set; }

    public bool? IgnoreStoreReadErrorWithClusterBreakingPotential { get; set; }
}
