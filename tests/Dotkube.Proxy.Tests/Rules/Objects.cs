using Dotkube.Api.Core.V1;
using Dotkube.Api.Discovery.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Values;
using EndpointPort = Dotkube.Api.Discovery.V1.EndpointPort;

namespace Dotkube.Proxy.Tests.Rules;

/// <summary>Builders for the Services and EndpointSlices the tests feed the proxy.</summary>
internal static class Objects
{
    public static Service Service(string ns, string name, string clusterIP, params ServicePort[] ports) => new()
    {
        Metadata = new ObjectMeta { Namespace = ns, Name = name },
        Spec = new ServiceSpec { ClusterIP = clusterIP, Type = ServiceType.ClusterIP, Ports = [.. ports] },
    };

    public static ServicePort Port(string? name, int port, string protocol = "TCP", int? nodePort = null) =>
        new() { Name = name, Port = port, Protocol = protocol, TargetPort = IntOrString.FromInt(port), NodePort = nodePort };

    public static EndpointSlice Slice(string ns, string service, EndpointPort[] ports, params Endpoint[] endpoints) => new()
    {
        Metadata = new ObjectMeta { Namespace = ns, Name = service + "-abc", Labels = new() { [EndpointSliceLabels.ServiceName] = service } },
        AddressType = "IPv4",
        Ports = [.. ports],
        Endpoints = [.. endpoints],
    };

    public static EndpointPort SlicePort(string? name, int port, string protocol = "TCP") => new() { Name = name, Port = port, Protocol = protocol };

    public static Endpoint Ready(string ip, string? node = null) => new() { Addresses = [ip], Conditions = new() { Ready = true }, NodeName = node };

    public static Endpoint NotReady(string ip) => new() { Addresses = [ip], Conditions = new() { Ready = false, Serving = false } };

    public static Endpoint Terminating(string ip, bool serving) =>
        new() { Addresses = [ip], Conditions = new() { Ready = false, Serving = serving, Terminating = true } };
}
