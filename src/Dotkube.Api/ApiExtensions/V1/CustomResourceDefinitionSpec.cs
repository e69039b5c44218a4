namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>apiextensions/v1 CustomResourceDefinitionSpec.</summary>
public sealed class CustomResourceDefinitionSpec
{
    public string Group { get; set; } = "";

    public CustomResourceDefinitionNames Names { get; set => field = value ?? new(); } = new();

    /// <summary>"Cluster" or "Namespaced" (<see cref="ResourceScope"/>).</summary>
    public string Scope { get; set; } = "";

    /// <summary>Ordered by kube-like version priority when served (v1 &gt; v1beta1 &gt; v1alpha1 &gt; other).</summary>
    public List<CustomResourceDefinitionVersion> Versions { get; set => field = value ?? []; } = [];

    public CustomResourceConversion? Conversion { get; set; }

    /// <summary>Deprecated in v1: only false is accepted for new CRDs, so pruning always applies.</summary>
    public bool? PreserveUnknownFields { get; set; }
}
