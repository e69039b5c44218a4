using Dotkube.Cli;

namespace Dotkube.Tests.Cli;

public sealed class DisabledComponentsTests
{
    [Theory]
    [InlineData(new string[0], false, false)]
    [InlineData(new[] { "dns" }, true, false)]
    [InlineData(new[] { "coredns" }, true, false)]
    [InlineData(new[] { "CoreDNS,servicelb" }, true, true)]
    [InlineData(new[] { "traefik", "servicelb" }, false, true)]
    [InlineData(new[] { " servicelb , local-storage ", "metrics-server" }, false, true)]
    public void Disable_takes_k3s_component_names_repeated_or_comma_separated(string[] values, bool dns, bool serviceLb) =>
        Assert.Equal(new DisabledComponents(dns, serviceLb), DisabledComponents.Parse(values));

    [Fact]
    public void The_server_accepts_disable_repeated_and_disable_kube_proxy()
    {
        var result = RootCommandFactory.Create().Parse(["server", "--disable", "coredns", "--disable=servicelb,traefik", "--disable-kube-proxy"]);

        Assert.Empty(result.Errors);
    }
}
