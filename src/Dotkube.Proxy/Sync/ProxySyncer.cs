using System.Diagnostics;
using Dotkube.Proxy.Iptables;
using Dotkube.Proxy.Rules;

namespace Dotkube.Proxy.Sync;

/// <summary>
/// Applies service ports to the kernel, one <c>iptables-restore --noflush</c> per sync (upstream's
/// syncProxyRules). A full sync (the first, after a failure, and once per sync period) ensures
/// our chains and the jumps into them, rewrites every chain and deletes leftover service chains
/// found with iptables-save; a partial sync rewrites only service chains whose rules changed.
/// Not thread-safe: one sync loop calls it.
/// </summary>
public sealed class ProxySyncer(IptablesClient iptables, RuleContext context, IProxyMetrics metrics, TimeProvider time)
{
    private RuleSet? _applied;
    private IReadOnlyList<ServicePortEndpoints> _appliedPorts = [];

    /// <summary>When the last full sync succeeded; null before the first.</summary>
    public DateTimeOffset? LastFullSync { get; private set; }

    /// <summary>The rules of the last successful sync.</summary>
    public RuleSet? Applied => _applied;

    /// <returns>Whether the sync was full.</returns>
    public async Task<bool> SyncAsync(IReadOnlyList<ServicePortEndpoints> ports, bool forceFull, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var full = forceFull || _applied is null;
        var next = RuleBuilder.Build(ports, context);
        IReadOnlyCollection<string> stale = [];
        if (full)
        {
            await EnsureJumpsAsync(ct);
            stale = (await iptables.ChainsAsync("nat", ct)).Where(c => ChainNames.IsServiceChain(c) && !next.Nat.HasChain(c)).ToList();
        }

        try
        {
            await iptables.RestoreAsync(RestoreInput.Render(next, full ? null : _applied, stale), ct);
        }
        catch (IptablesException)
        {
            // As upstream: after a failed restore the kernel's state is unknown, so the next sync is full.
            _applied = null;
            metrics.RestoreFailed();
            throw;
        }

        var previousPorts = _appliedPorts;
        (_applied, _appliedPorts) = (next, ports);
        if (full)
            LastFullSync = time.GetUtcNow();
        await ClearStaleUdpAsync(previousPorts, ports, ct);
        metrics.Synced(full, Stopwatch.GetElapsedTime(started), next.RuleCounts, time.GetUtcNow());
        return full;
    }

    /// <summary>Removes the jumps and every KUBE- chain of the filter and nat tables (upstream's <c>kube-proxy --cleanup</c>).</summary>
    public async Task CleanupAsync(CancellationToken ct)
    {
        foreach (var jump in JumpRule.All)
            await iptables.DeleteJumpAsync(jump, ct);
        var input = new System.Text.StringBuilder();
        foreach (var table in new[] { "filter", "nat" })
        {
            var chains = (await iptables.ChainsAsync(table, ct)).Where(c => c.StartsWith("KUBE-", StringComparison.Ordinal)).ToList();
            input.Append('*').Append(table).Append('\n');
            // Declaring flushes each chain, so no rule is left jumping to one being deleted.
            foreach (var chain in chains)
                input.Append(':').Append(chain).Append(" - [0:0]\n");
            foreach (var chain in chains)
                input.Append("-X ").Append(chain).Append('\n');
            input.Append("COMMIT\n");
        }

        await iptables.RestoreAsync(input.ToString(), ct);
        (_applied, _appliedPorts, LastFullSync) = (null, [], null);
    }

    private async Task EnsureJumpsAsync(CancellationToken ct)
    {
        foreach (var jump in JumpRule.All)
        {
            await iptables.EnsureChainAsync(jump.Table, jump.To, ct);
            await iptables.EnsureJumpAsync(jump, ct);
        }
    }

    /// <summary>
    /// UDP conntrack entries outlive the rules: entries DNATed to an endpoint that is gone, and
    /// entries of a port that had no endpoints (they hold the REJECT), are deleted, as upstream.
    /// </summary>
    private async Task ClearStaleUdpAsync(IReadOnlyList<ServicePortEndpoints> before, IReadOnlyList<ServicePortEndpoints> after, CancellationToken ct)
    {
        var now = after.Where(p => p.Port.Proto == "udp").ToDictionary(p => p.Port.Name);
        foreach (var old in before.Where(p => p.Port.Proto == "udp"))
        {
            var oldEndpoints = RuleBuilder.Categorize(old, context.NodeName).Cluster;
            var newEndpoints = now.TryGetValue(old.Port.Name, out var current) ? RuleBuilder.Categorize(current, context.NodeName).Cluster : [];
            foreach (var gone in oldEndpoints.Where(e => !newEndpoints.Contains(e)))
            {
                foreach (var ip in Addresses(old.Port))
                    await iptables.ClearUdpConntrackAsync(ip, gone.IP, ct);
            }
        }

        var hadEndpoints = before.Where(p => p.Port.Proto == "udp" && RuleBuilder.Categorize(p, context.NodeName).Cluster.Count > 0)
            .Select(p => p.Port.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var port in now.Values.Where(p => !hadEndpoints.Contains(p.Port.Name) && RuleBuilder.Categorize(p, context.NodeName).Cluster.Count > 0))
        {
            foreach (var ip in Addresses(port.Port))
                await iptables.ClearUdpConntrackAsync(ip, null, ct);
        }
    }

    private static IEnumerable<string> Addresses(ServicePortInfo port) => [port.ClusterIP, .. port.ExternalIPs, .. port.LoadBalancerIPs];
}
