namespace Dotkube.Api.Authorization.V1;

/// <summary>authorization/v1 NonResourceRule: actions allowed on non-resource URLs.</summary>
public sealed class NonResourceRule
{
    /// <summary>Tagged without omitempty upstream, so always written.</summary>
    public List<string> Verbs { get; set => field = value ?? []; } = [];

    public List<string>? NonResourceURLs { get; set; }
}
