namespace Dotkube.Api.Rbac.V1;

/// <summary>rbac/v1 PolicyRule: what a role allows, without saying who or where.</summary>
public sealed class PolicyRule
{
    /// <summary>Required upstream (no omitempty), so always written.</summary>
    public List<string> Verbs { get; set => field = value ?? []; } = [];

    public List<string>? ApiGroups { get; set; }

    public List<string>? Resources { get; set; }

    public List<string>? ResourceNames { get; set; }

    public List<string>? NonResourceURLs { get; set; }
}
