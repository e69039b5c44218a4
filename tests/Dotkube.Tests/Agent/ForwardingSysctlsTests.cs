using Dotkube.Agent;
using Dotkube.Client.Host;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dotkube.Tests.Agent;

public sealed class ForwardingSysctlsTests : IDisposable
{
    private readonly string _procSys = Directory.CreateTempSubdirectory("dk-sysctl-").FullName;

    public void Dispose() => Directory.Delete(_procSys, recursive: true);

    [Fact]
    public async Task Missing_bridge_settings_load_br_netfilter_and_every_setting_not_yet_1_is_set()
    {
        Write("net/ipv4/ip_forward", "0\n");
        var loads = 0;
        var sysctls = new ForwardingSysctls(_procSys, _ =>
        {
            // What loading br_netfilter does: its settings appear, off for ip6tables here.
            loads++;
            Write("net/bridge/bridge-nf-call-iptables", "1\n");
            Write("net/bridge/bridge-nf-call-ip6tables", "0\n");
            return Task.FromResult(new HostToolResult(0, "", ""));
        }, NullLogger.Instance);

        var changed = await sysctls.EnsureAsync(CancellationToken.None);

        Assert.Equal(1, loads);
        Assert.Equal(["net/ipv4/ip_forward", "net/bridge/bridge-nf-call-ip6tables"], changed);
        Assert.All(ForwardingSysctls.Keys, key => Assert.Equal("1", File.ReadAllText(Path.Combine(_procSys, key)).Trim()));
        Assert.Empty(await sysctls.EnsureAsync(CancellationToken.None));
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task A_module_that_cannot_load_leaves_the_bridge_settings_out_and_still_sets_forwarding()
    {
        Write("net/ipv4/ip_forward", "0");
        var sysctls = new ForwardingSysctls(_procSys, _ => Task.FromResult(new HostToolResult(127, "", "", Missing: true)), NullLogger.Instance);

        Assert.Equal(["net/ipv4/ip_forward"], await sysctls.EnsureAsync(CancellationToken.None));
    }

    private void Write(string key, string value)
    {
        var path = Path.Combine(_procSys, key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, value);
    }
}
