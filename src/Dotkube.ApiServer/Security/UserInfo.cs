using ApiUserInfo = Dotkube.Api.Authentication.V1.UserInfo;

namespace Dotkube.ApiServer.Security;

/// <summary>
/// Who a request comes from, as upstream's user.Info: what authorization, audit and
/// SelfSubjectReview (<c>kubectl auth whoami</c>) see. <see cref="Uid"/> is "" when the credential carries none.
/// </summary>
public sealed record UserInfo(string Name, string Uid, IReadOnlyList<string> Groups, IReadOnlyDictionary<string, IReadOnlyList<string>> Extra)
{
    /// <summary>Upstream's user.CredentialIDKey: which credential authenticated the request, for audit.</summary>
    public const string CredentialIdKey = "authentication.kubernetes.io/credential-id";

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoExtra = new Dictionary<string, IReadOnlyList<string>>();

    public UserInfo(string name, IReadOnlyList<string> groups)
        : this(name, "", groups, NoExtra)
    {
    }

    public bool InGroup(string group) => Groups.Contains(group, StringComparer.Ordinal);

    /// <summary>This user with <paramref name="group"/> appended unless already a member (upstream's group adder).</summary>
    public UserInfo WithGroup(string group) => InGroup(group) ? this : this with { Groups = [.. Groups, group] };

    /// <summary>The authentication/v1 form, for SelfSubjectReview and TokenReview status.</summary>
    public ApiUserInfo ToApi() => new()
    {
        Username = Name,
        Uid = Uid.Length == 0 ? null : Uid,
        Groups = Groups.Count == 0 ? null : [.. Groups],
        Extra = Extra.Count == 0 ? null : Extra.ToDictionary(e => e.Key, e => e.Value.ToList(), StringComparer.Ordinal),
    };
}
