using Dotkube.Scheduler.Cache;
using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Profiles;
using Dotkube.Scheduler.Runtime;

namespace Dotkube.Scheduler;

/// <summary>Settings of <see cref="Scheduler"/>; defaults as kube-scheduler's.</summary>
public sealed class SchedulerOptions
{
    /// <summary>The KubeSchedulerConfiguration; defaults to upstream's single "default-scheduler" profile.</summary>
    public SchedulerConfiguration Configuration { get; init; } = SchedulerConfiguration.Default;

    /// <summary>
    /// Plugins beyond <see cref="PluginRegistry.All"/> (upstream's out-of-tree registry): tests and
    /// custom plugins. A name in both is an error, as upstream.
    /// </summary>
    public IReadOnlyDictionary<string, PluginFactory> OutOfTreeRegistry { get; init; } = new Dictionary<string, PluginFactory>();

    /// <summary>Defaults to 15 min, as upstream durationToExpireAssumedPod: how long an assumed pod may stay unconfirmed after its bind.</summary>
    public TimeSpan AssumedPodTtl { get; init; } = SchedulerCache.DefaultAssumedPodTtl;

    /// <summary>How often expired assumed pods are cleaned up; 1 s as upstream.</summary>
    public TimeSpan AssumedPodCleanupInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Workers for Filter and Score; defaults to the processor count.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Seed for choosing among equally scored nodes; null for a random seed.</summary>
    public int? RandomSeed { get; init; }

    public IScheduleMetrics Metrics { get; init; } = NullScheduleMetrics.Instance;

    /// <summary>source.host of the events; their component is each profile's schedulerName, as upstream.</summary>
    public string EventHost { get; init; } = "";

    public void Validate()
    {
        Configuration.Validate();
        if (Parallelism < 1)
            throw new ArgumentException("Parallelism must be at least 1");
        if (AssumedPodTtl <= TimeSpan.Zero || AssumedPodCleanupInterval <= TimeSpan.Zero)
            throw new ArgumentException("AssumedPodTtl and AssumedPodCleanupInterval must be positive");
        foreach (var name in OutOfTreeRegistry.Keys.Where(PluginRegistry.All.ContainsKey))
            throw new ArgumentException($"plugin \"{name}\" is both in-tree and in the out-of-tree registry");
    }
}
