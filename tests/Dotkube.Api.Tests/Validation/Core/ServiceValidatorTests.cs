using Dotkube.Api.Core.V1;
using Dotkube.Api.Validation;

namespace Dotkube.Api.Tests.Validation.Core;

public class ServiceValidatorTests
{
    private static readonly Dictionary<string, Action<Service>> Mutations = new()
    {
        ["no ports"] = s => s.Spec.Ports = null,
        ["bad type"] = s => s.Spec.Type = "Internal",
        ["two unnamed ports"] = s => s.Spec.Ports!.Add(new ServicePort { Name = "b", Port = 81 }),
        ["nodePort on ClusterIP"] = s => s.Spec.Ports![0].NodePort = 30080,
        ["duplicate port"] = s => s.Spec.Ports!.Add(new ServicePort { Name = "b", Port = 80 }),
        ["external name missing"] = s => s.Spec.Type = "ExternalName",
        ["bad target port"] = s => s.Spec.Ports![0].TargetPort = 0x10000,
        ["traffic policy on ClusterIP"] = s => s.Spec.ExternalTrafficPolicy = "Local",
        ["affinity timeout"] = s =>
        {
            s.Spec.SessionAffinity = "ClientIP";
            s.Spec.SessionAffinityConfig = new SessionAffinityConfig { ClientIP = new ClientIPConfig { TimeoutSeconds = 0 } };
        },
    };

    public static TheoryData<string, string[]> Cases() => new()
    {
        { "no ports", ["spec.ports: Required value"] },
        { "bad type", ["spec.type: Unsupported value: \"Internal\": supported values: \"ClusterIP\", \"ExternalName\", \"LoadBalancer\", \"NodePort\""] },
        { "two unnamed ports", ["spec.ports[0].name: Required value"] },
        { "nodePort on ClusterIP", ["spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"] },
        { "duplicate port", ["spec.ports[0].name: Required value", "spec.ports[1]: Duplicate value: core.ServicePort{Name:\"\", Protocol:\"TCP\", AppProtocol:(*string)(nil), Port:80, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}, NodePort:0}"] },
        { "external name missing", ["spec.externalName: Required value"] },
        { "bad target port", ["spec.ports[0].targetPort: Invalid value: 65536: must be between 1 and 65535, inclusive"] },
        { "traffic policy on ClusterIP", ["spec.externalTrafficPolicy: Invalid value: \"Local\": may only be set for externally-accessible services"] },
        { "affinity timeout", ["spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 0: must be greater than 0 and less than 86400"] },
    };

    private static Service Valid() => new()
    {
        Metadata = CoreObjects.Meta("web"),
        Spec = new ServiceSpec { Selector = new() { ["app"] = "web" }, Ports = [new ServicePort { Port = 80 }] },
    };

    [Fact]
    public void ValidateCreate_ValidService_ReportsNothing() => Assert.Empty(ObjectValidation.ValidateCreate(Valid()));

    [Theory]
    [MemberData(nameof(Cases))]
    public void ValidateCreate_InvalidService_ReportsUpstreamErrors(string mutation, string[] expected)
    {
        var service = Valid();
        Mutations[mutation](service);

        Assert.Equal(expected, ObjectValidation.ValidateCreate(service).Select(e => e.ToString()).ToArray());
    }

    [Fact]
    public void ValidateCreate_NameStartingWithDigit_ReportsDns1035()
    {
        var service = Valid();
        service.Metadata.Name = "1web";

        Assert.StartsWith("metadata.name: Invalid value: \"1web\": a DNS-1035 label", Assert.Single(ObjectValidation.ValidateCreate(service)).ToString());
    }

    [Fact]
    public void ValidateUpdate_ClusterIPChanged_ReportsImmutable()
    {
        var old = Valid();
        old.Spec.ClusterIP = "10.0.0.10";
        var service = Valid();
        service.Spec.ClusterIP = "10.0.0.11";

        var errors = ObjectValidation.ValidateUpdate(service, old).Select(e => e.ToString()).ToArray();

        Assert.Equal(["spec.clusterIP: Invalid value: \"10.0.0.11\": field is immutable",
            "spec.clusterIPs[0]: Invalid value: []string{\"10.0.0.11\"}: may not change once set"], errors);
    }
}
