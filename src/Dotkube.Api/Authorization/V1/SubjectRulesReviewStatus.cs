namespace Dotkube.Api.Authorization.V1;

/// <summary>
/// authorization/v1 SubjectRulesReviewStatus. Rules are additive, so a listed rule is safe to trust
/// even when <see cref="Incomplete"/> is true.
/// </summary>
public sealed class SubjectRulesReviewStatus
{
    /// <summary>Tagged without omitempty upstream, so always written.</summary>
    public List<ResourceRule> ResourceRules { get; set => field = value ?? []; } = [];

    /// <summary>Tagged without omitempty upstream, so always written.</summary>
    public List<NonResourceRule> NonResourceRules { get; set => field = value ?? []; } = [];

    public bool Incomplete { get; set; }

    public string? EvaluationError { get; set; }
}
