using System.Text;
using System.Text.RegularExpressions;

namespace Dotkube.Kubelet.Cleanup;

/// <summary>What to remove from one iptables table: rules to delete from chains that stay, and chains to flush and delete.</summary>
public sealed record IptablesTablePlan(string Table, IReadOnlyList<IptablesRule> DeletedRules, IReadOnlyList<string> RemovedChains);

/// <summary>
/// Decides which iptables rules and chains uninstall removes, from <c>iptables-save</c> output,
/// and renders them as <c>iptables-restore --noflush</c> input. k3s-killall rewrites the whole
/// ruleset without every CNI-/KUBE- line; we delete only what is ours, one rule or chain at a
/// time, so a concurrent writer (another runtime's CNI, docker) loses nothing and another
/// runtime's pods keep their masquerading and port mappings:
/// <list type="bullet">
/// <item>rules whose comment names one of our containers (CNI's plugins tag theirs
/// <c>name: "NET" id: "CONTAINER"</c>: bridge's ipMasq rules in POSTROUTING and its per-container
/// chain, portmap's <c>dnat name: ... id: ...</c> jumps in CNI-HOSTPORT-DNAT);</item>
/// <item>then, repeatedly, a CNI- chain that our removals emptied, or that only our removed rules
/// jumped to (bridge's CNI-HASH chains, portmap's CNI-DN-HASH, CNI-HOSTPORT-SETMARK), with every
/// rule that jumps to it;</item>
/// <item>portmap's shared chains (CNI-HOSTPORT-DNAT, -SETMARK, -MASQ) once no CNI-DN- chain of
/// anyone's is left: they then map nothing, and portmap recreates them on its next ADD;</item>
/// <item>every chain with one of the given prefixes (KUBE- for dotkube's proxy), as k3s-killall.</item>
/// </list>
/// </summary>
public static partial class IptablesCleanup
{
    public const string CniPrefix = "CNI-";
    public const string PortmapSharedPrefix = "CNI-HOSTPORT-";
    public const string PortmapContainerPrefix = "CNI-DN-";

    public static IReadOnlyList<IptablesTablePlan> Plan(IReadOnlyList<IptablesTable> tables, IReadOnlySet<string> containerIds,
        IReadOnlyList<string> chainPrefixes) =>
        tables.Select(t => PlanTable(t, containerIds, chainPrefixes)).Where(p => p.DeletedRules.Count > 0 || p.RemovedChains.Count > 0).ToList();

    /// <summary>Input for <c>iptables-restore --noflush</c>: per table, the rule deletions, then every chain flushed, then deleted (chains may jump to each other).</summary>
    public static string RestoreInput(IReadOnlyList<IptablesTablePlan> plans)
    {
        var input = new StringBuilder();
        foreach (var plan in plans)
        {
            input.Append('*').Append(plan.Table).Append('\n');
            foreach (var rule in plan.DeletedRules)
            {
                input.Append("-D ").Append(rule.Chain).Append(' ').Append(rule.Spec).Append('\n');
            }

            foreach (var chain in plan.RemovedChains)
            {
                input.Append("-F ").Append(chain).Append('\n');
            }

            foreach (var chain in plan.RemovedChains)
            {
                input.Append("-X ").Append(chain).Append('\n');
            }

            input.Append("COMMIT\n");
        }

        return input.ToString();
    }

    /// <summary>The container a CNI plugin's rule comment names (<c>id: "..."</c>), or null.</summary>
    internal static string? ContainerIdOf(string? comment) =>
        comment is not null && CommentId().Match(comment) is { Success: true } match ? match.Groups[1].Value : null;

    private static IptablesTablePlan PlanTable(IptablesTable table, IReadOnlySet<string> containerIds, IReadOnlyList<string> chainPrefixes)
    {
        var state = new TableState(table);
        for (var i = 0; i < table.Rules.Count; i++)
        {
            if (ContainerIdOf(table.Rules[i].Comment) is { } id && containerIds.Contains(id))
            {
                state.RemoveRule(i);
            }
        }

        foreach (var chain in table.UserChains.Where(c => chainPrefixes.Any(p => c.StartsWith(p, StringComparison.Ordinal))))
        {
            state.RemoveChain(chain);
        }

        bool changed;
        do
        {
            changed = false;
            foreach (var chain in state.LiveChains(CniPrefix).Where(state.Touched.Contains))
            {
                if (!state.HasLiveRules(chain) || !state.IsJumpedTo(chain))
                {
                    state.RemoveChain(chain);
                    changed = true;
                }
            }

            if (!state.LiveChains(PortmapContainerPrefix).Any())
            {
                foreach (var chain in state.LiveChains(PortmapSharedPrefix))
                {
                    state.RemoveChain(chain);
                    changed = true;
                }
            }
        }
        while (changed);

        return state.ToPlan();
    }

    [GeneratedRegex("""(?:^|\s)id: "([^"]+)"(?:$|\s)""")]
    private static partial Regex CommentId();

    private sealed class TableState(IptablesTable table)
    {
        private readonly bool[] _removed = new bool[table.Rules.Count];
        private readonly HashSet<string> _removedChains = new(StringComparer.Ordinal);
        private readonly HashSet<string> _userChains = new(table.UserChains, StringComparer.Ordinal);

        /// <summary>Chains that lost a rule, or a jump to them, to our removals: only those may go for being empty or unreferenced.</summary>
        public HashSet<string> Touched { get; } = new(StringComparer.Ordinal);

        public IEnumerable<string> LiveChains(string prefix) =>
            table.UserChains.Where(c => c.StartsWith(prefix, StringComparison.Ordinal) && !_removedChains.Contains(c)).ToList();

        public bool HasLiveRules(string chain) => Live().Any(r => r.Chain == chain);

        public bool IsJumpedTo(string chain) => Live().Any(r => r.Target == chain);

        public void RemoveRule(int index)
        {
            _removed[index] = true;
            var rule = table.Rules[index];
            Touched.Add(rule.Chain);
            if (rule.Target is { } target && _userChains.Contains(target))
            {
                Touched.Add(target);
            }
        }

        public void RemoveChain(string chain)
        {
            _removedChains.Add(chain);
            for (var i = 0; i < table.Rules.Count; i++)
            {
                if (!_removed[i] && (table.Rules[i].Chain == chain || table.Rules[i].Target == chain))
                {
                    RemoveRule(i);
                }
            }
        }

        public IptablesTablePlan ToPlan() => new(table.Name,
            table.Rules.Where((r, i) => _removed[i] && !_removedChains.Contains(r.Chain)).ToList(),
            table.UserChains.Where(_removedChains.Contains).ToList());

        private IEnumerable<IptablesRule> Live() => table.Rules.Where((_, i) => !_removed[i]);
    }
}
