namespace Dotkube.Api.OpenApi;

/// <summary>
/// The spellings of one group/version in URLs, operation ids and tags, as upstream derives them:
/// "rbac.authorization.k8s.io"/"v1" is "apis/rbac.authorization.k8s.io/v1",
/// "RbacAuthorizationV1" and "rbacAuthorization_v1"; the core group is "api/v1", "CoreV1", "core_v1".
/// </summary>
internal readonly record struct GroupVersionNames(string Group, string Version)
{
    /// <summary>The document key and URL path below /openapi/v3: "api/v1", "apis/apps/v1".</summary>
    public string Key => Group.Length == 0 ? "api/" + Version : $"apis/{Group}/{Version}";

    public string PathPrefix => "/" + Key;

    /// <summary>The infix of operation ids: "CoreV1", "AppsV1", "RbacAuthorizationV1".</summary>
    public string OperationInfix => string.Concat(GroupWords().Select(Capitalize)) + Capitalize(Version);

    public string Tag => CamelGroup() + "_" + Version;

    public static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private string CamelGroup()
    {
        var words = GroupWords();
        return words[0] + string.Concat(words.Skip(1).Select(Capitalize));
    }

    private string[] GroupWords()
    {
        if (Group.Length == 0)
        {
            return ["core"];
        }

        var name = Group.EndsWith(".k8s.io", StringComparison.Ordinal) ? Group[..^".k8s.io".Length] : Group;
        return name.Split('.');
    }
}
