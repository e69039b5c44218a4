using System.Globalization;
using System.Text.Json;
using Dotkube.Kubelet.Cri;
using Dotkube.Kubelet.Cri.V1;
using Dotkube.Kubelet.Node;
using Dotkube.Kubelet.Pods;
using Microsoft.AspNetCore.Http;
using CriContainerStats = Dotkube.Kubelet.Cri.V1.ContainerStats;

namespace Dotkube.Kubelet.Server;

/// <summary>
/// <c>/stats/summary</c> of the kubelet API, as upstream's CRI stats provider: one entry per pod
/// with a ready sandbox (podRef from the runtime's labels, startTime the sandbox's creation), its
/// running containers' cpu and memory from CRI ListContainerStats (startTime their creation), the
/// pod's cpu and memory the sum of its containers' (containerd 1.6 has no ListPodSandboxStats);
/// usageNanoCores, which containerd 1.6 leaves out, from the previous request's sample (so the
/// first request has none). The node's cpu and memory come from /proc, its fs from the filesystem
/// holding <paramref name="fsPath"/>.
/// </summary>
public sealed class StatsHandler(RuntimeServiceClient runtime, string nodeName, string fsPath, TimeProvider time, HostFiles? files = null)
{
    private const string NodeKey = "/";

    private readonly CpuRates _rates = new();
    private readonly NodeUsage _node = new(files ?? HostFiles.Host);

    public async Task ServeAsync(HttpContext http)
    {
        var summary = await SummaryAsync(http.RequestAborted);
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(http.Response.Body, summary, StatsJson.Default.StatsSummary, http.RequestAborted);
    }

    public async Task<StatsSummary> SummaryAsync(CancellationToken ct)
    {
        var sandboxes = await runtime.ListPodSandboxAsync(
            new PodSandboxFilter { State = new PodSandboxStateValue { State = PodSandboxState.SandboxReady } }, ct);
        var containers = await runtime.ListContainersAsync(
            new ContainerFilter { State = new ContainerStateValue { State = ContainerState.ContainerRunning } }, ct);
        var stats = (await runtime.ListContainerStatsAsync(null, ct)).Where(s => s.Attributes is not null)
            .ToDictionary(s => s.Attributes.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal) { NodeKey };

        var pods = new List<PodStats>();
        foreach (var sandbox in sandboxes.Where(s => s.Labels.ContainsKey(RuntimeLabels.PodUid)))
        {
            var members = new List<Server.ContainerStats>();
            foreach (var container in containers.Where(c => c.PodSandboxId == sandbox.Id))
            {
                seen.Add(container.Id);
                var sample = stats.GetValueOrDefault(container.Id);
                members.Add(new Server.ContainerStats(container.Metadata.Name, Time(container.CreatedAt), Cpu(container.Id, sample), Memory(sample)));
            }

            var podRef = new PodReference(sandbox.Metadata.Name, sandbox.Metadata.Namespace, sandbox.Metadata.Uid);
            pods.Add(new PodStats(podRef, Time(sandbox.CreatedAt), members, Sum(members.Select(c => c.Cpu)), Sum(members.Select(c => c.Memory))));
        }

        _rates.Retain(seen);
        return new StatsSummary(NodeStats(), pods);
    }

    private NodeStats NodeStats()
    {
        var now = time.GetUtcNow();
        var stamp = Format(now);
        CpuStats? cpu = null;
        if (_node.CpuUsageCoreNanoSeconds() is { } usage)
            cpu = new CpuStats(stamp, _rates.Rate(NodeKey, Nanoseconds(now), usage), usage);
        var memory = _node.Memory() is { } m ? new MemoryStats(stamp, m.Available, m.Usage, m.WorkingSet, m.Rss, null, null) : null;
        FsStats? fs = null;
        try
        {
            // The nearest existing directory: the kubelet root may not exist before the first pod with volumes.
            var directory = fsPath;
            while (!Directory.Exists(directory) && Path.GetDirectoryName(directory) is { } parent)
                directory = parent;
            var drive = new DriveInfo(directory);
            fs = new FsStats(stamp, (ulong)drive.AvailableFreeSpace, (ulong)drive.TotalSize, (ulong)(drive.TotalSize - drive.TotalFreeSpace));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
        }

        return new NodeStats(nodeName, _node.BootTime() is { } boot ? Format(boot) : null, cpu, memory, fs);
    }

    private CpuStats? Cpu(string id, CriContainerStats? sample)
    {
        if (sample?.Cpu is not { } cpu)
            return null;
        var usage = cpu.UsageCoreNanoSeconds?.Value;
        var rate = cpu.UsageNanoCores?.Value ?? (usage is { } total ? _rates.Rate(id, cpu.Timestamp, total) : null);
        return new CpuStats(Time(cpu.Timestamp), rate, usage);
    }

    private static MemoryStats? Memory(CriContainerStats? sample) => sample?.Memory is not { } memory
        ? null
        : new MemoryStats(Time(memory.Timestamp), memory.AvailableBytes?.Value, memory.UsageBytes?.Value, memory.WorkingSetBytes?.Value,
            memory.RssBytes?.Value, memory.PageFaults?.Value, memory.MajorPageFaults?.Value);

    /// <summary>A pod's cpu: the sum of its containers' (null parts stay null only if every container lacks them).</summary>
    private static CpuStats? Sum(IEnumerable<CpuStats?> parts)
    {
        var list = parts.OfType<CpuStats>().ToList();
        return list.Count == 0 ? null : new CpuStats(list.Max(c => c.Time)!, Add(list.Select(c => c.UsageNanoCores)), Add(list.Select(c => c.UsageCoreNanoSeconds)));
    }

    private static MemoryStats? Sum(IEnumerable<MemoryStats?> parts)
    {
        var list = parts.OfType<MemoryStats>().ToList();
        return list.Count == 0
            ? null
            : new MemoryStats(list.Max(m => m.Time)!, null, Add(list.Select(m => m.UsageBytes)), Add(list.Select(m => m.WorkingSetBytes)),
                Add(list.Select(m => m.RssBytes)), Add(list.Select(m => m.PageFaults)), Add(list.Select(m => m.MajorPageFaults)));
    }

    private static ulong? Add(IEnumerable<ulong?> values)
    {
        ulong? total = null;
        foreach (var value in values.OfType<ulong>())
            total = (total ?? 0) + value;
        return total;
    }

    private static string Time(long nanoseconds) => Format(ContainerStatuses.Time(nanoseconds));

    private static long Nanoseconds(DateTimeOffset time) => (time - DateTimeOffset.UnixEpoch).Ticks * 100;

    /// <summary>RFC 3339 in UTC with seconds, as metav1.Time.</summary>
    private static string Format(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
