namespace Dotkube.Api.Authorization.V1;

/// <summary>authorization/v1 ResourceRule: actions allowed on resources ("*/foo" is subresource foo of all).</summary>
public sealed class ResourceRule
{
    /// <summary>Tagged without omitempty upstream, so always written.</summary>
    public List<string> Verbs { get; set => field = value ?? []; } = [];

    public List<string>? ApiGroups { get; set; }

    public List<string>? Resources { get; set; }

    public List<string>? ResourceNames { get; set; }
}
