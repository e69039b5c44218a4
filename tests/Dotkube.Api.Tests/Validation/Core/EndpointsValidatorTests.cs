using Dotkube.Api.Core.V1;
using Dotkube.Api.Validation;

namespace Dotkube.Api.Tests.Validation.Core;

public class EndpointsValidatorTests
{
    private static readonly Dictionary<string, Action<Endpoints>> Mutations = new()
    {
        ["no addresses"] = e => e.Subsets![0].Addresses = null,
        ["loopback"] = e => e.Subsets![0].Addresses![0].IP = "127.0.0.1",
        ["link-local"] = e => e.Subsets![0].Addresses![0].IP = "fe80::1",
        ["unspecified"] = e => e.Subsets![0].Addresses![0].IP = "0.0.0.0",
        ["multicast"] = e => e.Subsets![0].Addresses![0].IP = "224.0.0.1",
        ["not an IP"] = e => e.Subsets![0].Addresses![0].IP = "host",
        ["bad hostname"] = e => e.Subsets![0].Addresses![0].Hostname = "a.b",
        ["two unnamed ports"] = e => e.Subsets![0].Ports = [new EndpointPort { Port = 80 }, new EndpointPort { Name = "b", Port = 81 }],
        ["port zero"] = e => e.Subsets![0].Ports![0].Port = 0,
        ["bad protocol"] = e => e.Subsets![0].Ports![0].Protocol = "HTTP",
    };

    public static TheoryData<string, string[]> Cases() => new()
    {
        { "no addresses", ["subsets[0]: Required value: must specify `addresses` or `notReadyAddresses`"] },
        { "loopback", ["subsets[0].addresses[0].ip: Invalid value: \"127.0.0.1\": may not be in the loopback range (127.0.0.0/8, ::1/128)"] },
        { "link-local", ["subsets[0].addresses[0].ip: Invalid value: \"fe80::1\": may not be in the link-local range (169.254.0.0/16, fe80::/10)"] },
        { "unspecified", ["subsets[0].addresses[0].ip: Invalid value: \"0.0.0.0\": may not be unspecified (0.0.0.0)"] },
        { "multicast", ["subsets[0].addresses[0].ip: Invalid value: \"224.0.0.1\": may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)"] },
        { "not an IP", ["subsets[0].addresses[0].ip: Invalid value: \"host\": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)", "subsets[0].addresses[0].ip: Invalid value: \"host\": must be a valid IP address"] },
        { "bad hostname", ["subsets[0].addresses[0].hostname: Invalid value: \"a.b\": must not contain dots"] },
        { "two unnamed ports", ["subsets[0].ports[0].name: Required value"] },
        { "port zero", ["subsets[0].ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive"] },
        { "bad protocol", ["subsets[0].ports[0].protocol: Unsupported value: \"HTTP\": supported values: \"SCTP\", \"TCP\", \"UDP\""] },
    };

    [Fact]
    public void ValidateCreate_ValidEndpoints_ReportsNothing() => Assert.Empty(ObjectValidation.ValidateCreate(Valid()));

    [Theory]
    [MemberData(nameof(Cases))]
    public void ValidateCreate_InvalidEndpoints_ReportsUpstreamErrors(string mutation, string[] expected)
    {
        var endpoints = Valid();
        Mutations[mutation](endpoints);

        Assert.Equal(expected, ObjectValidation.ValidateCreate(endpoints).Select(e => e.ToString()).ToArray());
    }

    private static Endpoints Valid() => new()
    {
        Metadata = CoreObjects.Meta("web"),
        Subsets =
        [
            new EndpointSubset
            {
                Addresses = [new EndpointAddress { IP = "10.1.2.3", NodeName = "node-1" }],
                Ports = [new EndpointPort { Name = "http", Port = 80 }],
            },
        ],
    };
}
