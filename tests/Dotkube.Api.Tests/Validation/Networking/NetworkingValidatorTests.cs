using Dotkube.Api.Meta;
using Dotkube.Api.Networking.V1;
using Dotkube.Api.Tests.Validation.Apps;

namespace Dotkube.Api.Tests.Validation.Networking;

public class NetworkingValidatorTests
{
    public static TheoryData<string, Action<Ingress>, string[]> IngressCases => new()
    {
        { "valid", _ => { }, [] },
        { "nothing to route", i => i.Spec.Rules = null, ["spec: Invalid value: []networking.IngressRule(nil): either `defaultBackend` or `rules` must be specified"] },
        { "IP host", i => i.Spec.Rules![0].Host = "10.0.0.1", ["spec.rules[0].host: Invalid value: \"10.0.0.1\": must be a DNS name, not an IP address"] },
        {
            "bad wildcard host", i => i.Spec.Rules![0].Host = "foo.*.com",
            ["spec.rules[0].host: Invalid value: \"foo.*.com\": a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com', regex used for validation is '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"]
        },
        { "no paths", i => i.Spec.Rules![0].Http!.Paths = [], ["spec.rules[0].http.paths: Required value"] },
        { "pathType missing", i => i.Spec.Rules![0].Http!.Paths[0].PathType = null, ["spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified"] },
        {
            "bad pathType", i => i.Spec.Rules![0].Http!.Paths[0].PathType = "Regex",
            ["spec.rules[0].http.paths[0].pathType: Unsupported value: \"Regex\": supported values: \"Exact\", \"ImplementationSpecific\", \"Prefix\""]
        },
        {
            "relative prefix path", i => i.Spec.Rules![0].Http!.Paths[0].Path = "api//v1",
            ["spec.rules[0].http.paths[0].path: Invalid value: \"api//v1\": must be an absolute path", "spec.rules[0].http.paths[0].path: Invalid value: \"api//v1\": must not contain '//'"]
        },
        {
            "both backends", i => i.Spec.Rules![0].Http!.Paths[0].Backend.Resource = new() { Kind = "Bucket", Name = "b" },
            ["spec.rules[0].http.paths[0].backend: Invalid value: \"\": cannot set both resource and service backends"]
        },
        {
            "port name and number", i => i.Spec.Rules![0].Http!.Paths[0].Backend.Service!.Port.Name = "http",
            ["spec.rules[0].http.paths[0].backend: Invalid value: \"\": cannot set both port name & port number"]
        },
        {
            "no port", i => i.Spec.Rules![0].Http!.Paths[0].Backend.Service!.Port.Number = null,
            ["spec.rules[0].http.paths[0].backend: Required value: port name or number is required"]
        },
        {
            "bad TLS host", i => i.Spec.Tls = [new IngressTLS { Hosts = ["Foo.com"] }],
            ["spec.tls[0].hosts[0]: Invalid value: \"Foo.com\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"]
        },
    };

    public static TheoryData<string, Action<NetworkPolicy>, string[]> PolicyCases => new()
    {
        { "valid", _ => { }, [] },
        { "bad protocol", n => n.Spec.Ingress![0].Ports![0].Protocol = "ICMP", ["spec.ingress[0].ports[0].protocol: Unsupported value: \"ICMP\": supported values: \"TCP\", \"UDP\", \"SCTP\""] },
        { "endPort below port", n => n.Spec.Ingress![0].Ports![0].EndPort = 80, ["spec.ingress[0].ports[0].endPort: Invalid value: 80: must be greater than or equal to `port`"] },
        { "endPort with named port", n => { n.Spec.Ingress![0].Ports![0].Port = "http"; n.Spec.Ingress![0].Ports![0].EndPort = 90; }, ["spec.ingress[0].ports[0].endPort: Invalid value: 90: may not be specified when `port` is non-numeric"] },
        { "empty peer", n => n.Spec.Ingress![0].From = [new NetworkPolicyPeer()], ["spec.ingress[0].from[0]: Required value: must specify a peer"] },
        { "bad cidr", n => n.Spec.Ingress![0].From![0].IpBlock!.Cidr = "10.0.0.0/33", ["spec.ingress[0].from[0].ipBlock.cidr: Invalid value: \"10.0.0.0/33\": not a valid CIDR"] },
        { "except outside cidr", n => n.Spec.Ingress![0].From![0].IpBlock!.Except = ["192.168.0.0/24"], ["spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: \"192.168.0.0/24\": must be a strict subset of `cidr`"] },
        { "except inside cidr", n => n.Spec.Ingress![0].From![0].IpBlock!.Except = ["10.1.0.0/16"], [] },
        { "bad policy type", n => n.Spec.PolicyTypes = ["Sideways"], ["spec.policyTypes[0]: Unsupported value: \"Sideways\": supported values: \"Ingress\", \"Egress\""] },
        { "three policy types", n => n.Spec.PolicyTypes = ["Ingress", "Egress", "Ingress"], ["spec.policyTypes: Invalid value: []string{\"Ingress\", \"Egress\", \"Ingress\"}: may not specify more than two policyTypes"] },
    };

    [Theory]
    [MemberData(nameof(IngressCases))]
    public void ValidateCreate_IngressCase_ReportsUpstreamErrors(string name, Action<Ingress> mutate, string[] expected)
    {
        var ingress = new Ingress
        {
            Metadata = WorkloadObjects.Meta(),
            Spec = new IngressSpec
            {
                Rules =
                [
                    new IngressRule
                    {
                        Host = "example.com",
                        Http = new() { Paths = [new() { Path = "/", PathType = "Prefix", Backend = new() { Service = new() { Name = "web", Port = new() { Number = 80 } } } }] },
                    },
                ],
            },
        };
        mutate(ingress);

        Assert.True(expected.SequenceEqual(WorkloadObjects.Create(ingress)), $"{name}: {string.Join(" | ", WorkloadObjects.Create(ingress))}");
    }

    [Theory]
    [MemberData(nameof(PolicyCases))]
    public void ValidateCreate_NetworkPolicyCase_ReportsUpstreamErrors(string name, Action<NetworkPolicy> mutate, string[] expected)
    {
        var policy = new NetworkPolicy
        {
            Metadata = WorkloadObjects.Meta(),
            Spec = new NetworkPolicySpec
            {
                Ingress = [new() { Ports = [new() { Protocol = "TCP", Port = 8080 }], From = [new() { IpBlock = new() { Cidr = "10.0.0.0/8" } }] }],
            },
        };
        mutate(policy);

        Assert.True(expected.SequenceEqual(WorkloadObjects.Create(policy)), $"{name}: {string.Join(" | ", WorkloadObjects.Create(policy))}");
    }

    [Fact]
    public void ValidateCreate_IngressClassWithoutController_ReportsRequired()
    {
        var ingressClass = new IngressClass { Metadata = new ObjectMeta { Name = "nginx" }, Spec = new() { Parameters = new() { Kind = "Config", Name = "c", Scope = "Namespace" } } };

        Assert.Equal(
            ["spec.controller: Required value", "spec.parameters.namespace: Required value: `parameters.scope` is set to 'Namespace'"],
            WorkloadObjects.Create(ingressClass));
    }

    [Fact]
    public void ValidateUpdate_IngressClassControllerChanged_ReportsImmutable()
    {
        var old = new IngressClass { Metadata = new ObjectMeta { Name = "nginx" }, Spec = new() { Controller = "example.com/a" } };
        var ingressClass = new IngressClass { Metadata = new ObjectMeta { Name = "nginx" }, Spec = new() { Controller = "example.com/b" } };

        Assert.Equal(["spec.controller: Invalid value: \"example.com/b\": field is immutable"], WorkloadObjects.Update(ingressClass, old));
    }
}
