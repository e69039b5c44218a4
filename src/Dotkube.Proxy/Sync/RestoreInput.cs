using System.Text;
using Dotkube.Proxy.Rules;

namespace Dotkube.Proxy.Sync;

/// <summary>
/// Renders a <see cref="RuleSet"/> as <c>iptables-restore --noflush</c> input. The fixed chains
/// (KUBE-SERVICES, KUBE-NODEPORTS, ...) are always declared, which flushes them, and rewritten in
/// full. A partial sync, as upstream's, leaves out the per-service chains (KUBE-SVC-, KUBE-SEP-, ...)
/// whose rules equal those of the previous sync: not naming a chain keeps it as it is. Service
/// chains gone since then are declared (flushed) and deleted with <c>-X</c> after every rule that
/// jumped to them was rewritten.
/// </summary>
public static class RestoreInput
{
    /// <param name="previous">The rules of the last successful sync; null for a full sync.</param>
    /// <param name="staleNatChains">Service chains found in the kernel that are in neither set (a full sync's clean-up).</param>
    public static string Render(RuleSet next, RuleSet? previous, IReadOnlyCollection<string> staleNatChains)
    {
        var text = new StringBuilder(64 * 1024);
        Write(text, next.Filter, previous?.Filter, []);
        Write(text, next.Nat, previous?.Nat, staleNatChains);
        return text.ToString();
    }

    /// <summary>The service chains a partial sync rewrites: new ones and those whose rules changed.</summary>
    public static IEnumerable<string> ChangedChains(TableRules next, TableRules? previous) =>
        next.ChainNames.Where(c => previous is null || !ChainNames.IsServiceChain(c) || !previous.HasChain(c) || !previous.RulesOf(c).SequenceEqual(next.RulesOf(c)));

    private static void Write(StringBuilder text, TableRules next, TableRules? previous, IReadOnlyCollection<string> stale)
    {
        var written = ChangedChains(next, previous).ToList();
        var deleted = (previous?.ChainNames ?? []).Where(c => ChainNames.IsServiceChain(c) && !next.HasChain(c))
            .Union(stale.Where(c => !next.HasChain(c)), StringComparer.Ordinal).ToList();
        text.Append('*').Append(next.Name).Append('\n');
        foreach (var chain in written.Concat(deleted))
            text.Append(':').Append(chain).Append(" - [0:0]\n");
        foreach (var chain in written)
        {
            foreach (var rule in next.RulesOf(chain))
                text.Append("-A ").Append(chain).Append(' ').Append(rule).Append('\n');
        }

        foreach (var chain in deleted)
            text.Append("-X ").Append(chain).Append('\n');
        text.Append("COMMIT\n");
    }
}
