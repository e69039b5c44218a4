using Dotkube.Proxy.Rules;
using Dotkube.Proxy.Sync;
using static Dotkube.Proxy.Tests.Rules.Objects;

namespace Dotkube.Proxy.Tests.Sync;

public sealed class RestoreInputTests
{
    private static readonly RuleContext Context = new("node-a", "10.42.0.0/16");

    private static RuleSet Rules(params string[] endpointIPs) => RuleBuilder.Build(ServiceSnapshot.Build(
        [Service("ns1", "a", "10.43.0.1", Port("p", 80)), Service("ns1", "b", "10.43.0.2", Port("p", 80))],
        [Slice("ns1", "a", [SlicePort("p", 80)], Ready("10.42.0.1")), Slice("ns1", "b", [SlicePort("p", 80)], [.. endpointIPs.Select(ip => Ready(ip))])]), Context);

    private static string[] Lines(string input) => input.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void A_full_sync_declares_and_writes_every_chain_of_both_tables()
    {
        var next = Rules("10.42.0.2");
        var lines = Lines(RestoreInput.Render(next, previous: null, []));

        Assert.Equal("*filter", lines[0]);
        Assert.Contains("*nat", lines);
        Assert.Equal(2, lines.Count(l => l == "COMMIT"));
        foreach (var chain in next.Nat.ChainNames)
            Assert.Contains($":{chain} - [0:0]", lines);
        Assert.Equal(next.Nat.RuleCount + next.Filter.RuleCount, lines.Count(l => l.StartsWith("-A ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_partial_sync_leaves_out_the_service_chains_that_did_not_change()
    {
        var previous = Rules("10.42.0.2");
        var next = Rules("10.42.0.2", "10.42.0.3");
        var text = RestoreInput.Render(next, previous, []);
        var unchanged = ChainNames.Service("ns1/a:p", "tcp");
        var changed = ChainNames.Service("ns1/b:p", "tcp");
        var added = ChainNames.Endpoint("ns1/b:p", "tcp", "10.42.0.3:80");

        Assert.DoesNotContain(unchanged, text.Replace($"-j {unchanged}", ""));
        Assert.Contains($":{changed} - [0:0]", text);
        Assert.Contains($":{added} - [0:0]", text);
        Assert.DoesNotContain($":{ChainNames.Endpoint("ns1/b:p", "tcp", "10.42.0.2:80")} - [0:0]", text);
        Assert.Contains(":KUBE-SERVICES - [0:0]", text);
    }

    [Fact]
    public void A_partial_sync_flushes_and_deletes_the_chains_that_went_away()
    {
        var previous = Rules("10.42.0.2", "10.42.0.3");
        var gone = ChainNames.Endpoint("ns1/b:p", "tcp", "10.42.0.3:80");
        var lines = Lines(RestoreInput.Render(Rules("10.42.0.2"), previous, []));

        Assert.Contains($":{gone} - [0:0]", lines);
        Assert.Equal($"-X {gone}", lines[Array.IndexOf(lines, "COMMIT", Array.IndexOf(lines, "*nat")) - 1]);
        Assert.DoesNotContain(lines, l => l.StartsWith($"-A {gone}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_full_sync_deletes_stale_chains_found_in_the_kernel()
    {
        var lines = Lines(RestoreInput.Render(Rules("10.42.0.2"), null, ["KUBE-SEP-OLDOLDOLDOLDOLDOL"]));

        Assert.Contains(":KUBE-SEP-OLDOLDOLDOLDOLDOL - [0:0]", lines);
        Assert.Contains("-X KUBE-SEP-OLDOLDOLDOLDOLDOL", lines);
    }
}
