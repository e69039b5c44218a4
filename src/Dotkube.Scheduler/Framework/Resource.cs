using Dotkube.Api.Values;

namespace Dotkube.Scheduler.Framework;

/// <summary>
/// A set of resource amounts in the units the scheduler compares (upstream framework.Resource):
/// CPU in millicores, memory and ephemeral storage in bytes, a pod count, and extended resources
/// (including hugepages-*) by name.
/// </summary>
public sealed class Resource
{
    public long MilliCpu { get; set; }

    public long Memory { get; set; }

    public long EphemeralStorage { get; set; }

    /// <summary>From allocatable "pods"; unused for requests.</summary>
    public long AllowedPodNumber { get; set; }

    public Dictionary<string, long> Scalar { get; } = new(StringComparer.Ordinal);

    public static Resource From(IReadOnlyDictionary<string, Quantity>? list)
    {
        var r = new Resource();
        r.Add(list);
        return r;
    }

    /// <summary>Adds a resource list (requests, overhead or allocatable) in scheduler units.</summary>
    public void Add(IReadOnlyDictionary<string, Quantity>? list)
    {
        foreach (var (name, quantity) in list ?? new Dictionary<string, Quantity>())
        {
            switch (name)
            {
                case "cpu":
                    MilliCpu += quantity.MilliValue();
                    break;
                case "memory":
                    Memory += quantity.Value();
                    break;
                case "ephemeral-storage":
                    EphemeralStorage += quantity.Value();
                    break;
                case "pods":
                    AllowedPodNumber += quantity.Value();
                    break;
                default:
                    if (IsScalar(name))
                        Scalar[name] = Scalar.GetValueOrDefault(name) + quantity.Value();
                    break;
            }
        }
    }

    public void Add(Resource other)
    {
        MilliCpu += other.MilliCpu;
        Memory += other.Memory;
        EphemeralStorage += other.EphemeralStorage;
        AllowedPodNumber += other.AllowedPodNumber;
        foreach (var (name, value) in other.Scalar)
            Scalar[name] = Scalar.GetValueOrDefault(name) + value;
    }

    public void Subtract(Resource other)
    {
        MilliCpu -= other.MilliCpu;
        Memory -= other.Memory;
        EphemeralStorage -= other.EphemeralStorage;
        AllowedPodNumber -= other.AllowedPodNumber;
        foreach (var (name, value) in other.Scalar)
            Scalar[name] = Scalar.GetValueOrDefault(name) - value;
    }

    /// <summary>Each amount becomes the larger of this and <paramref name="other"/> (the init-container rule).</summary>
    public void SetMax(Resource other)
    {
        MilliCpu = Math.Max(MilliCpu, other.MilliCpu);
        Memory = Math.Max(Memory, other.Memory);
        EphemeralStorage = Math.Max(EphemeralStorage, other.EphemeralStorage);
        foreach (var (name, value) in other.Scalar)
            Scalar[name] = Math.Max(Scalar.GetValueOrDefault(name), value);
    }

    public Resource Clone()
    {
        var copy = new Resource { MilliCpu = MilliCpu, Memory = Memory, EphemeralStorage = EphemeralStorage, AllowedPodNumber = AllowedPodNumber };
        foreach (var (name, value) in Scalar)
            copy.Scalar[name] = value;
        return copy;
    }

    /// <summary>Extended resources (a domain-prefixed name outside kubernetes.io/) and hugepages-*, as upstream's IsScalarResourceName.</summary>
    public static bool IsScalar(string name) =>
        name.StartsWith("hugepages-", StringComparison.Ordinal) || name.StartsWith("attachable-volumes-", StringComparison.Ordinal) ||
        (name.Contains('/', StringComparison.Ordinal) && !name.StartsWith("kubernetes.io/", StringComparison.Ordinal) &&
         !name.StartsWith("requests.", StringComparison.Ordinal));
}
