namespace Dotkube.Api.Authorization.V1;

/// <summary>
/// authorization/v1 SubjectAccessReviewStatus. Allowed and denied both false means the authorizer
/// has no opinion.
/// </summary>
public sealed class SubjectAccessReviewStatus
{
    /// <summary>Tagged without omitempty upstream, so always written.</summary>
    public bool Allowed { get; set; }

    public bool? Denied { get; set; }

    public string? Reason { get; set; }

    /// <summary>An evaluation error does not by itself mean the answer is wrong (RBAC may skip a missing role).</summary>
    public string? EvaluationError { get; set; }
}
