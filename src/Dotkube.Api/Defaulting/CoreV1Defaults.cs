using Dotkube.Api.Values;

namespace Dotkube.Api.Defaulting;

/// <summary>
/// Defaults for the core ("") v1 group, one method per upstream SetDefaults_X in
/// pkg/apis/core/v1/defaults.go plus the declarative <c>+default</c> tags of k8s.io/api/core/v1,
/// walked in the order of the generated zz_generated.defaults.go.
/// </summary>
/// <remarks>
/// Go cannot tell an absent string from "" nor an absent int from 0, so a Go <c>== ""</c> or
/// <c>== 0</c> test becomes "null or empty" / "null or zero" here. Where upstream creates an empty
/// map that its omitempty encoding then drops, nothing is created here, so the JSON stays equal.
/// </remarks>
internal static partial class CoreV1Defaults
{
    /// <summary>As upstream SetDefaults_ResourceList: every quantity rounded up to milli precision.</summary>
    public static void SetDefaults_ResourceList(Dictionary<string, Quantity>? list)
    {
        if (list is null)
        {
            return;
        }

        foreach (var (name, quantity) in list.ToList())
        {
            var rounded = quantity.RoundUp(-3);
            if (!ReferenceEquals(rounded, quantity))
            {
                list[name] = rounded;
            }
        }
    }

    private static bool IsUnset(string? value) => string.IsNullOrEmpty(value);
}
