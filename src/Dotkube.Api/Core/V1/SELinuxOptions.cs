namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 SELinuxOptions: the SELinux label parts applied to a container.</summary>
public sealed class SELinuxOptions
{
    public string? User { get; set; }

    public string? Role { get; set; }

    public string? Type { get; set; }

    public string? Level { get; set; }
}
