using System.Diagnostics;
using Dotkube.Testing;

namespace Dotkube.Bench.Api;

/// <summary>
/// CPU time spent during a phase by this process (load generator and API server together: they
/// share the 2 cores) and by etcd when it is the backend, so each result can say CPU ms per request.
/// </summary>
public sealed class CpuMeter
{
    private readonly EtcdServer? _etcd;
    private readonly TimeSpan _self;
    private readonly TimeSpan _etcdStart;

    private CpuMeter(EtcdServer? etcd)
    {
        _etcd = etcd;
        _self = SelfCpu();
        _etcdStart = etcd?.CpuTime ?? TimeSpan.Zero;
    }

    public static CpuMeter Start(EtcdServer? etcd) => new(etcd);

    /// <summary>CPU milliseconds of this process and of etcd since <see cref="Start"/>.</summary>
    public (double SelfMs, double EtcdMs) Elapsed() =>
        ((SelfCpu() - _self).TotalMilliseconds, _etcd is null ? 0 : (_etcd.CpuTime - _etcdStart).TotalMilliseconds);

    private static TimeSpan SelfCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
