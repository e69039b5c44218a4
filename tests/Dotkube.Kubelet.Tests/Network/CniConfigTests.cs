using System.Text.Json.Nodes;
using Dotkube.Kubelet.Network;

namespace Dotkube.Kubelet.Tests.Network;

public sealed class CniConfigTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dotkube-cni-").FullName;

    [Fact]
    public void The_conflist_is_a_bridge_with_host_local_over_the_pod_cidr_and_portmap()
    {
        var json = JsonNode.Parse(CniConfig.Render("10.42.3.0/24", "/var/lib/dotkube/agent/cni/networks"))!;

        Assert.Equal(("1.0.0", "cbr0"), ((string?)json["cniVersion"], (string?)json["name"]));
        var bridge = json["plugins"]![0]!;
        Assert.Equal(("bridge", "cni0", true, true, true),
            ((string?)bridge["type"], (string?)bridge["bridge"], (bool)bridge["isGateway"]!, (bool)bridge["ipMasq"]!, (bool)bridge["hairpinMode"]!));
        var ipam = bridge["ipam"]!;
        Assert.Equal("host-local", (string?)ipam["type"]);
        Assert.Equal("10.42.3.0/24", (string?)ipam["ranges"]![0]![0]!["subnet"]);
        Assert.Equal("0.0.0.0/0", (string?)ipam["routes"]![0]!["dst"]);
        Assert.Equal("/var/lib/dotkube/agent/cni/networks", (string?)ipam["dataDir"]);
        var portmap = json["plugins"]![1]!;
        Assert.Equal(("portmap", true, true), ((string?)portmap["type"], (bool)portmap["capabilities"]!["portMappings"]!, (bool)portmap["snat"]!));
        Assert.Equal(2, json["plugins"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("not-a-cidr")]
    [InlineData("fd00::/64")]
    public void Anything_but_an_ipv4_cidr_is_refused(string cidr) =>
        Assert.Throws<ArgumentException>(() => CniConfig.Render(cidr, "/x"));

    [Fact]
    public void Write_replaces_the_file_without_leaving_a_temp_file()
    {
        CniConfig.Write(_dir, "10.42.0.0/24", "/ipam");
        var path = CniConfig.Write(_dir, "10.42.1.0/24", "/ipam");

        Assert.Equal(Path.Combine(_dir, CniConfig.FileName), path);
        Assert.Equal([CniConfig.FileName], Directory.GetFiles(_dir).Select(Path.GetFileName));
        Assert.Contains("10.42.1.0/24", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unchanged_config_is_not_rewritten()
    {
        var path = CniConfig.Write(_dir, "10.42.0.0/24", "/ipam");
        var written = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, written);

        CniConfig.Write(_dir, "10.42.0.0/24", "/ipam");

        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
