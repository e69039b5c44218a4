namespace Dotkube.ApiServer.Admission;

/// <summary>
/// The admission plugins dotkube has, by kube-apiserver's names; all are on by default upstream,
/// so all are on here unless --disable-admission-plugins names them.
/// </summary>
public static class AdmissionPlugins
{
    public const string NamespaceLifecycle = "NamespaceLifecycle";
    public const string ServiceAccount = "ServiceAccount";
    public const string DefaultTolerationSeconds = "DefaultTolerationSeconds";
    public const string Priority = "Priority";

    public static IReadOnlyList<string> Default { get; } = [NamespaceLifecycle, ServiceAccount, DefaultTolerationSeconds, Priority];

    /// <summary>
    /// Applies kube-apiserver's --enable-admission-plugins / --disable-admission-plugins value (a
    /// comma-separated list) to <paramref name="enabled"/>; an unknown name is an error, as upstream.
    /// </summary>
    public static void Apply(ISet<string> enabled, string flag, string list, bool enable)
    {
        ArgumentNullException.ThrowIfNull(enabled);
        foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Default.Contains(name, StringComparer.Ordinal))
            {
                throw new ArgumentException($"{flag} plugin \"{name}\" is unknown");
            }

            if (enable)
            {
                enabled.Add(name);
            }
            else
            {
                enabled.Remove(name);
            }
        }
    }
}
