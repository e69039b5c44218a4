using Dotkube.Api.Core.V1;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Core;

public static partial class PodSpecValidation
{
    private static readonly string[] Protocols = [Protocol.SCTP, Protocol.TCP, Protocol.UDP];

    /// <summary>Upstream validateContainerPorts: IANA_SVC_NAME names unique per container, ports 1-65535.</summary>
    private static void ValidatePorts(List<ContainerPort>? ports, FieldPath path, List<FieldError> errors)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (ports?.Count ?? 0); i++)
        {
            var port = ports![i];
            var at = path.Index(i);
            if (!string.IsNullOrEmpty(port.Name))
            {
                var messages = NameValidation.IsValidPortName(port.Name);
                foreach (var message in messages)
                {
                    errors.Add(FieldError.Invalid(at.Child("name"), port.Name, message));
                }

                if (messages.Count == 0 && !names.Add(port.Name))
                {
                    errors.Add(FieldError.Duplicate(at.Child("name"), port.Name));
                }
            }

            if (port.Port == 0)
            {
                errors.Add(FieldError.Required(at.Child("containerPort")));
            }
            else
            {
                foreach (var message in NameValidation.IsValidPortNum(port.Port))
                {
                    errors.Add(FieldError.Invalid(at.Child("containerPort"), port.Port, message));
                }
            }

            if (port.HostPort is { } hostPort and not 0)
            {
                foreach (var message in NameValidation.IsValidPortNum(hostPort))
                {
                    errors.Add(FieldError.Invalid(at.Child("hostPort"), hostPort, message));
                }
            }

            // Defaulted to TCP upstream.
            if (!string.IsNullOrEmpty(port.Protocol) && !Protocols.Contains(port.Protocol))
            {
                errors.Add(FieldError.NotSupported(at.Child("protocol"), port.Protocol, Protocols));
            }
        }
    }

    /// <summary>Upstream checkHostPortConflicts: one protocol/hostIP/hostPort may be claimed once.</summary>
    private static void CheckHostPortConflicts(IReadOnlyList<Container> containers, FieldPath path, List<FieldError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < containers.Count; c++)
        {
            var ports = containers[c].Ports ?? [];
            for (var p = 0; p < ports.Count; p++)
            {
                if (ports[p].HostPort is not { } hostPort || hostPort == 0)
                {
                    continue;
                }

                var protocol = string.IsNullOrEmpty(ports[p].Protocol) ? Protocol.TCP : ports[p].Protocol;
                var key = $"{protocol}/{ports[p].HostIP}/{hostPort}";
                if (!seen.Add(key))
                {
                    errors.Add(FieldError.Duplicate(path.Index(c).Child("ports").Index(p).Child("hostPort"), key));
                }
            }
        }
    }
}
