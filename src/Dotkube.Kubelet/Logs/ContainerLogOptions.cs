using Dotkube.Api.Core.V1;

namespace Dotkube.Kubelet.Logs;

/// <summary>
/// How to read one container's log (upstream's kuberuntime LogOptions): the last
/// <see cref="TailLines"/> lines (all when null), entries from <see cref="Since"/> on, at most
/// <see cref="LimitBytes"/> bytes of output, with timestamps, and following new lines.
/// </summary>
public sealed record ContainerLogOptions
{
    public long? TailLines { get; init; }

    public long? LimitBytes { get; init; }

    public DateTimeOffset? Since { get; init; }

    public bool Timestamps { get; init; }

    public bool Follow { get; init; }

    /// <summary>As upstream's NewLogOptions: sinceSeconds counts back from <paramref name="now"/>, and the later of it and sinceTime wins.</summary>
    public static ContainerLogOptions From(PodLogOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(options);
        DateTimeOffset? since = options.SinceSeconds is { } seconds ? now - TimeSpan.FromSeconds(seconds) : null;
        if (options.SinceTime is { } time && (since is null || time > since))
            since = time;
        return new ContainerLogOptions
        {
            TailLines = options.TailLines,
            LimitBytes = options.LimitBytes,
            Since = since,
            Timestamps = options.Timestamps,
            Follow = options.Follow,
        };
    }
}
