namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ReplicationControllerSpec.</summary>
public sealed class ReplicationControllerSpec
{
    /// <summary>Defaulted to 1 upstream.</summary>
    public int? Replicas { get; set; }

    public int? MinReadySeconds { get; set; }

    /// <summary>Defaulted to the template's labels upstream when empty.</summary>
    public Dictionary<string, string>? Selector { get; set; }

    public PodTemplateSpec? Template { get; set; }
}
