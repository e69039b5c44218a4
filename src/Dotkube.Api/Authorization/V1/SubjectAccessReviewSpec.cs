namespace Dotkube.Api.Authorization.V1;

/// <summary>authorization/v1 SubjectAccessReviewSpec: exactly one of the two attribute sets must be set.</summary>
public sealed class SubjectAccessReviewSpec
{
    public ResourceAttributes? ResourceAttributes { get; set; }

    public NonResourceAttributes? NonResourceAttributes { get; set; }

    /// <summary>A user without groups is checked as a member of no groups.</summary>
    public string? User { get; set; }

    public List<string>? Groups { get; set; }

    /// <summary>map[string]ExtraValue upstream, ExtraValue being a string list.</summary>
    public Dictionary<string, List<string>>? Extra { get; set; }

    public string? Uid { get; set; }
}
