using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation;

/// <summary>
/// How a kind's metadata.name is validated (upstream's ValidateNameFunc). For generateName the
/// rule is applied as a prefix: a trailing '-' is allowed, as upstream masks it before checking.
/// </summary>
public sealed class NameRule
{
    private readonly Func<string, IReadOnlyList<string>> _check;

    private NameRule(Func<string, IReadOnlyList<string>> check) => _check = check;

    /// <summary>Most kinds: Pods, Deployments, ConfigMaps, ...</summary>
    public static NameRule Subdomain { get; } = new(NameValidation.IsDNS1123Subdomain);

    /// <summary>Namespaces and a few others whose name becomes a DNS label.</summary>
    public static NameRule Label { get; } = new(NameValidation.IsDNS1123Label);

    /// <summary>Services: the name must start with a letter (DNS-1035).</summary>
    public static NameRule Dns1035Label { get; } = new(NameValidation.IsDNS1035Label);

    /// <summary>RBAC objects and others stored as one path segment: anything but ".", ".." and '/' or '%'.</summary>
    public static NameRule PathSegment { get; } = new(PathSegmentErrors);

    public IReadOnlyList<string> Check(string name, bool prefix)
    {
        if (prefix && name.EndsWith('-'))
        {
            name = name[..^1] + "a";
        }

        return _check(name);
    }

    private static IReadOnlyList<string> PathSegmentErrors(string name)
    {
        if (name is "." or "..")
        {
            return [$"may not be '{name}'"];
        }

        var errors = new List<string>();
        foreach (var illegal in new[] { "/", "%" })
        {
            if (name.Contains(illegal, StringComparison.Ordinal))
            {
                errors.Add($"may not contain '{illegal}'");
            }
        }

        return errors;
    }
}
