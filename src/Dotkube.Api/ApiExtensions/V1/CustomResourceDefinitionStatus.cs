namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>apiextensions/v1 CustomResourceDefinitionStatus. Every field lacks omitempty upstream, so all are always written.</summary>
public sealed class CustomResourceDefinitionStatus
{
    public List<CustomResourceDefinitionCondition> Conditions { get; set => field = value ?? []; } = [];

    /// <summary>The names actually served; may differ from spec.names while a change is pending.</summary>
    public CustomResourceDefinitionNames AcceptedNames { get; set => field = value ?? new(); } = new();

    /// <summary>Every version ever persisted; none of them may be removed from spec.versions.</summary>
    public List<string> StoredVersions { get; set => field = value ?? []; } = [];
}
