using Dotkube.Client.Host;
namespace Dotkube.Proxy.Iptables;

/// <summary>The iptables, iptables-save/-restore and conntrack commands the proxy runs, all through one <see cref="ICommandRunner"/>.</summary>
public sealed class IptablesClient(ICommandRunner runner)
{
    /// <summary>Seconds to wait for the xtables lock, as upstream's <c>-w 5</c>.</summary>
    private const string LockWait = "5";

    /// <summary>Creates <paramref name="chain"/> unless it exists (iptables -N exits 1 when it does).</summary>
    public async Task EnsureChainAsync(string table, string chain, CancellationToken ct)
    {
        var result = await runner.RunAsync("iptables", ["-w", LockWait, "-t", table, "-N", chain], null, ct);
        if (!result.Succeeded && (result.Missing || !ChainExists(result)))
            throw new IptablesException($"iptables -t {table} -N {chain}: {result.Error}");
    }

    /// <summary>Inserts the jump at the top of its built-in chain unless <c>iptables -C</c> finds it there already.</summary>
    public async Task<bool> EnsureJumpAsync(JumpRule jump, CancellationToken ct)
    {
        var check = await runner.RunAsync("iptables", ["-w", LockWait, "-t", jump.Table, "-C", jump.From, .. jump.Spec], null, ct);
        if (check.Succeeded)
            return false;
        var insert = await runner.RunAsync("iptables", ["-w", LockWait, "-t", jump.Table, "-I", jump.From, .. jump.Spec], null, ct);
        if (!insert.Succeeded)
            throw new IptablesException($"iptables -t {jump.Table} -I {jump.From} ... -j {jump.To}: {insert.Error}");
        return true;
    }

    /// <summary>Deletes every copy of the jump; true if one was there.</summary>
    public async Task<bool> DeleteJumpAsync(JumpRule jump, CancellationToken ct)
    {
        var deleted = false;
        while ((await runner.RunAsync("iptables", ["-w", LockWait, "-t", jump.Table, "-D", jump.From, .. jump.Spec], null, ct)).Succeeded)
            deleted = true;
        return deleted;
    }

    /// <summary>Applies <paramref name="input"/> atomically per table, leaving chains it does not name alone.</summary>
    public async Task RestoreAsync(string input, CancellationToken ct)
    {
        var result = await runner.RunAsync("iptables-restore", ["-w", LockWait, "--noflush", "--counters"], input, ct);
        if (!result.Succeeded)
            throw new IptablesException($"iptables-restore: {result.Error}");
    }

    /// <summary>The user-defined chains of <paramref name="table"/>, from <c>iptables-save</c>.</summary>
    public async Task<IReadOnlyList<string>> ChainsAsync(string table, CancellationToken ct)
    {
        var result = await runner.RunAsync("iptables-save", ["-t", table], null, ct);
        if (!result.Succeeded)
            throw new IptablesException($"iptables-save -t {table}: {result.Error}");
        return IptablesSaveChains.Parse(result.Stdout);
    }

    /// <summary>
    /// Deletes UDP conntrack entries towards <paramref name="origDst"/> (and, if given, DNATed to
    /// <paramref name="dnatTo"/>), as upstream: UDP has no connection end, so a client would keep
    /// sending to a gone endpoint (or to the REJECT) until its entry times out. Exit 1 means none matched.
    /// </summary>
    public async Task ClearUdpConntrackAsync(string origDst, string? dnatTo, CancellationToken ct)
    {
        List<string> args = ["-D", "-p", "udp", "--orig-dst", origDst];
        if (dnatTo is not null)
            args.AddRange(["--dst-nat", dnatTo]);
        var result = await runner.RunAsync("conntrack", args, null, ct);
        if (!result.Succeeded && (result.Missing || result.ExitCode != 1))
            throw new IptablesException($"conntrack {string.Join(' ', args)}: {result.Error}");
    }

    private static bool ChainExists(HostToolResult result) => result.ExitCode == 1 && result.Stderr.Contains("exists", StringComparison.OrdinalIgnoreCase);
}

/// <summary>An iptables or conntrack command failed.</summary>
public sealed class IptablesException(string message) : Exception(message);
