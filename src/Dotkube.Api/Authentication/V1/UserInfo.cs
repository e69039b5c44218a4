namespace Dotkube.Api.Authentication.V1;

/// <summary>authentication/v1 UserInfo: the user.Info an authenticator produced.</summary>
public sealed class UserInfo
{
    public string? Username { get; set; }

    public string? Uid { get; set; }

    public List<string>? Groups { get; set; }

    /// <summary>map[string]ExtraValue upstream, ExtraValue being a string list.</summary>
    public Dictionary<string, List<string>>? Extra { get; set; }
}
