using Dotkube.ApiServer.Printing;
using EndpointsPrinter = Dotkube.ApiServer.Printing.Endpoints;

namespace Dotkube.ApiServer.Tests.Printing;

public sealed class EndpointsCellTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { "no subsets", "{}", "<none>" },
        { "empty subsets", "subsets: []", "<none>" },
        { "three addresses fit", "subsets: [{addresses: [{ip: 10.0.0.1}, {ip: 10.0.0.2}, {ip: 10.0.0.3}], ports: [{port: 80}]}]", "10.0.0.1:80,10.0.0.2:80,10.0.0.3:80" },
        {
            "a fourth address is counted",
            "subsets: [{addresses: [{ip: 10.0.0.1}, {ip: 10.0.0.2}, {ip: 10.0.0.3}, {ip: 10.0.0.4}], ports: [{port: 80}]}]",
            "10.0.0.1:80,10.0.0.2:80,10.0.0.3:80 + 1 more..."
        },
        {
            "each port repeats the addresses",
            "subsets: [{addresses: [{ip: 10.0.0.1}, {ip: 10.0.0.2}], ports: [{name: a, port: 80}, {name: b, port: 443}]}, {addresses: [{ip: 10.0.0.9}], ports: [{port: 8080}]}]",
            "10.0.0.1:80,10.0.0.2:80,10.0.0.1:443 + 2 more..."
        },
        { "headless without ports shows IPs", "subsets: [{addresses: [{ip: 10.0.0.1}, {ip: 10.0.0.2}]}]", "10.0.0.1,10.0.0.2" },
        { "IPv6 is bracketed", "subsets: [{addresses: [{ip: 'fd00::1'}], ports: [{port: 53}]}]", "[fd00::1]:53" },
        { "not-ready addresses are left out", "subsets: [{notReadyAddresses: [{ip: 10.0.0.1}], ports: [{port: 80}]}]", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Addresses_Case_MatchesUpstream(string name, string yaml, string expected)
    {
        Assert.NotEmpty(name);
        var endpoints = Yaml.Decode<Api.Core.V1.Endpoints>("v1", "Endpoints", yaml == "{}" ? "" : yaml);

        Assert.Equal(expected, EndpointsPrinter.Addresses(endpoints.Subsets));
    }

    [Theory]
    [InlineData(0, "<unset>")]
    [InlineData(3, "e0,e1,e2")]
    [InlineData(5, "e0,e1,e2 + 2 more...")]
    public void EndpointSliceLists_FirstThree_ThenCount(int count, string expected) =>
        Assert.Equal(expected, EndpointSlices.FirstThree(Enumerable.Range(0, count).Select(i => "e" + i)));
}
