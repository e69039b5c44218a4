using Core = Dotkube.Api.Core.V1;

namespace Dotkube.ApiServer.Tests.Fields;

/// <summary>Small test objects with only the fields a field selector reads.</summary>
internal static class Builders
{
    public static Core.Pod Pod(string name = "p", string ns = "default", string? node = null, string? phase = null, bool? hostNetwork = null, string[]? podIPs = null) =>
        new()
        {
            Metadata = { Name = name, Namespace = ns },
            Spec = { NodeName = node, HostNetwork = hostNetwork },
            Status = { Phase = phase, PodIP = podIPs?.FirstOrDefault(), PodIPs = podIPs?.Select(ip => new Core.PodIP { IP = ip }).ToList() },
        };

    public static Core.Event CoreEvent(string kind, string name, string? reporting = null) =>
        new()
        {
            Metadata = { Name = name + ".1", Namespace = "default" },
            InvolvedObject = { Kind = kind, Name = name, Namespace = "default" },
            ReportingComponent = reporting ?? "",
        };

    public static Api.Events.V1.Event EventsEvent(string kind, string name, string? reporting = null) =>
        new()
        {
            Metadata = { Name = name + ".1", Namespace = "default" },
            Regarding = { Kind = kind, Name = name },
            ReportingController = reporting,
        };
}
