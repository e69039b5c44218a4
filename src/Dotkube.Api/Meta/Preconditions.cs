namespace Dotkube.Api.Meta;

/// <summary>metav1.Preconditions: a delete only proceeds when these match the stored object.</summary>
public sealed class Preconditions
{
    public string? Uid { get; set; }

    public string? ResourceVersion { get; set; }
}
