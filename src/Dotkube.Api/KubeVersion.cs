using System.Reflection;

namespace Dotkube.Api;

/// <summary>The Kubernetes API version dotkube speaks and dotkube's own version.</summary>
public static class KubeVersion
{
    public const string Major = "1";

    public const string Minor = "32";

    /// <summary>Semantic version reported as gitVersion; kubectl compares it for version skew.</summary>
    public const string GitVersion = "v1.32.0";

    /// <summary>dotkube's own version from the assembly (Directory.Build.props), without build metadata.</summary>
    public static string Dotkube { get; } = "v" + (typeof(KubeVersion).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
