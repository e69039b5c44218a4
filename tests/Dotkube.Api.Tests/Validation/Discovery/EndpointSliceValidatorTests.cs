using Dotkube.Api.Discovery.V1;
using Dotkube.Api.Tests.Validation.Apps;

namespace Dotkube.Api.Tests.Validation.Discovery;

public class EndpointSliceValidatorTests
{
    public static TheoryData<string, Action<EndpointSlice>, string[]> Cases => new()
    {
        { "valid", _ => { }, [] },
        { "bad address type", s => s.AddressType = "IPv5", ["addressType: Unsupported value: \"IPv5\": supported values: \"FQDN\", \"IPv4\", \"IPv6\""] },
        { "no addresses", s => s.Endpoints[0].Addresses = [], ["endpoints[0].addresses: Required value: must contain at least 1 address"] },
        {
            "IPv6 in IPv4 slice", s => s.Endpoints[0].Addresses = ["fd00::1"],
            ["endpoints[0].addresses[0]: Invalid value: \"fd00::1\": must be a valid IPv4 address"]
        },
        { "loopback", s => s.Endpoints[0].Addresses = ["127.0.0.1"], ["endpoints[0].addresses[0]: Invalid value: \"127.0.0.1\": may not be in the loopback range (127.0.0.0/8, ::1/128)"] },
        {
            "FQDN one label", s => { s.AddressType = "FQDN"; s.Endpoints[0].Addresses = ["localhost"]; },
            ["endpoints[0].addresses[0]: Invalid value: \"localhost\": should be a domain with at least two segments separated by dots"]
        },
        { "duplicate port names", s => s.Ports = [new() { Name = "http", Port = 80 }, new() { Name = "http", Port = 81 }], ["ports[1].name: Duplicate value: \"http\""] },
        { "bad protocol", s => s.Ports[0].Protocol = "ICMP", ["ports[0].protocol: Unsupported value: \"ICMP\": supported values: \"SCTP\", \"TCP\", \"UDP\""] },
        { "duplicate zone hints", s => s.Endpoints[0].Hints = new() { ForZones = [new() { Name = "a" }, new() { Name = "a" }] }, ["endpoints[0].hints.forZones[1].name: Duplicate value: \"a\""] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ValidateCreate_EndpointSliceCase_ReportsUpstreamErrors(string name, Action<EndpointSlice> mutate, string[] expected)
    {
        var slice = Baseline();
        mutate(slice);

        Assert.True(expected.SequenceEqual(WorkloadObjects.Create(slice)), $"{name}: {string.Join(" | ", WorkloadObjects.Create(slice))}");
    }

    [Fact]
    public void ValidateUpdate_EndpointSliceAddressTypeChanged_ReportsImmutable()
    {
        var slice = Baseline();
        slice.AddressType = "FQDN";
        slice.Endpoints[0].Addresses = ["web.example.com"];

        Assert.Equal(["addressType: Invalid value: \"FQDN\": field is immutable"], WorkloadObjects.Update(slice, Baseline()));
    }

    private static EndpointSlice Baseline() => new()
    {
        Metadata = WorkloadObjects.Meta(),
        AddressType = "IPv4",
        Endpoints = [new Endpoint { Addresses = ["10.0.0.5"] }],
        Ports = [new EndpointPort { Name = "http", Protocol = "TCP", Port = 80 }],
    };
}
