namespace Dotkube.Api.Rbac.V1;

/// <summary>The subject kinds rbac/v1 defines; authorizers ignore subjects of any other kind.</summary>
public static class SubjectKinds
{
    public const string User = "User";

    public const string Group = "Group";

    public const string ServiceAccount = "ServiceAccount";
}
