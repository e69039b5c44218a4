namespace Dotkube.Scheduler.Profiles;

/// <summary>
/// kubescheduler.config.k8s.io/v1 KubeSchedulerConfiguration, the parts dotkube reads: the
/// profiles, percentageOfNodesToScore and the pod backoff bounds. <see cref="Parse"/> reads the
/// YAML or JSON file given to <c>--config</c>; <see cref="Default"/> is what runs without one.
/// </summary>
public sealed record SchedulerConfiguration
{
    public const string ApiVersion = "kubescheduler.config.k8s.io/v1";

    public const string Kind = "KubeSchedulerConfiguration";

    /// <summary>Upstream's default profile only.</summary>
    public static SchedulerConfiguration Default { get; } = new();

    public IReadOnlyList<SchedulerProfile> Profiles { get; init; } = [new SchedulerProfile()];

    /// <summary>0 (the default) means upstream's adaptive rule: 50% minus 1% per 125 nodes, at least 5%.</summary>
    public int PercentageOfNodesToScore { get; init; }

    /// <summary>Defaults to 1 s, as upstream podInitialBackoffSeconds.</summary>
    public TimeSpan PodInitialBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Defaults to 10 s, as upstream podMaxBackoffSeconds.</summary>
    public TimeSpan PodMaxBackoff { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Parses a configuration file (YAML or JSON) and merges each profile's plugins with the defaults.</summary>
    /// <exception cref="FormatException">Not a valid v1 KubeSchedulerConfiguration.</exception>
    public static SchedulerConfiguration Parse(string text) => ConfigurationParser.Parse(text);

    /// <summary>Upstream's validation of the parts dotkube reads.</summary>
    /// <exception cref="FormatException">The first problem found.</exception>
    public void Validate()
    {
        if (Profiles.Count == 0)
            throw new FormatException("profiles: at least one profile is required");
        if (PercentageOfNodesToScore is < 0 or > 100)
            throw new FormatException($"percentageOfNodesToScore: must be in the range [0, 100], got {PercentageOfNodesToScore}");
        if (PodInitialBackoff <= TimeSpan.Zero || PodMaxBackoff < PodInitialBackoff)
            throw new FormatException("podInitialBackoffSeconds must be positive and podMaxBackoffSeconds at least as large");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var profile in Profiles)
        {
            if (string.IsNullOrEmpty(profile.SchedulerName))
                throw new FormatException("profiles[].schedulerName: required");
            if (!names.Add(profile.SchedulerName))
                throw new FormatException($"profiles[].schedulerName: duplicate \"{profile.SchedulerName}\"");
            if (profile.PercentageOfNodesToScore is < 0 or > 100)
                throw new FormatException($"profiles[{profile.SchedulerName}].percentageOfNodesToScore: must be in the range [0, 100]");
        }
    }
}
