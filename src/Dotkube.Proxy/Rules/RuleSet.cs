namespace Dotkube.Proxy.Rules;

/// <summary>The chains of one iptables table, in order, each with its rules (the text after <c>-A CHAIN</c>).</summary>
public sealed class TableRules(string name)
{
    private readonly OrderedDictionary<string, List<string>> _chains = new(StringComparer.Ordinal);

    public string Name { get; } = name;

    public IEnumerable<string> ChainNames => _chains.Keys;

    public int RuleCount => _chains.Values.Sum(r => r.Count);

    public bool HasChain(string chain) => _chains.ContainsKey(chain);

    /// <summary>The rules of <paramref name="chain"/> (empty if it has none or is not declared).</summary>
    public IReadOnlyList<string> RulesOf(string chain) => _chains.TryGetValue(chain, out var rules) ? rules : [];

    /// <summary>Declares <paramref name="chain"/> (written even when it stays empty); idempotent.</summary>
    public void Declare(string chain)
    {
        if (!_chains.ContainsKey(chain))
            _chains.Add(chain, []);
    }

    /// <summary>Appends one rule to <paramref name="chain"/>, declaring it if needed; the words are joined with spaces.</summary>
    public void Add(string chain, params ReadOnlySpan<string> words)
    {
        Declare(chain);
        _chains[chain].Add(string.Join(' ', words));
    }
}

/// <summary>Everything one sync writes: the filter and nat tables of kube-proxy's iptables mode.</summary>
public sealed class RuleSet
{
    public TableRules Filter { get; } = new("filter");

    public TableRules Nat { get; } = new("nat");

    public IReadOnlyDictionary<string, int> RuleCounts => new Dictionary<string, int> { [Filter.Name] = Filter.RuleCount, [Nat.Name] = Nat.RuleCount };
}
