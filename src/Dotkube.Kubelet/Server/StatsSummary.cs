using System.Text.Json.Serialization;

namespace Dotkube.Kubelet.Server;

// The kubelet's stats/v1alpha1 Summary as /stats/summary serves it (field names as upstream's
// JSON); times are RFC 3339 strings in UTC with seconds, as metav1.Time writes them.

public sealed record StatsSummary(NodeStats Node, IReadOnlyList<PodStats> Pods);

public sealed record NodeStats(string NodeName, string? StartTime, CpuStats? Cpu, MemoryStats? Memory, FsStats? Fs);

public sealed record PodStats(PodReference PodRef, string? StartTime, IReadOnlyList<ContainerStats> Containers, CpuStats? Cpu, MemoryStats? Memory);

public sealed record PodReference(string Name, string Namespace, string Uid);

public sealed record ContainerStats(string Name, string? StartTime, CpuStats? Cpu, MemoryStats? Memory);

public sealed record CpuStats(string Time, ulong? UsageNanoCores, ulong? UsageCoreNanoSeconds);

public sealed record MemoryStats(string Time, ulong? AvailableBytes, ulong? UsageBytes, ulong? WorkingSetBytes, ulong? RssBytes,
    ulong? PageFaults, ulong? MajorPageFaults);

public sealed record FsStats(string Time, ulong? AvailableBytes, ulong? CapacityBytes, ulong? UsedBytes);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(StatsSummary))]
internal sealed partial class StatsJson : JsonSerializerContext;
