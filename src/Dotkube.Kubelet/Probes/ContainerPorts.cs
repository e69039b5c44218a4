using Dotkube.Api.Core.V1;
using Dotkube.Api.Values;

namespace Dotkube.Kubelet.Probes;

/// <summary>A probe's port, as upstream's probe.ResolveContainerPort: a number, or the name of one of the container's ports.</summary>
public static class ContainerPorts
{
    /// <summary>The port number, or an error message upstream would give (the probe then errors rather than fails).</summary>
    public static (int Port, string? Error) Resolve(IntOrString port, Container container)
    {
        long number = port.IntValue;
        if (!port.IsInt)
        {
            var named = container.Ports?.FirstOrDefault(p => p.Name == port.StringValue);
            // As upstream's last resort: a number written as a string (strconv.Atoi).
            if (named is not null)
                number = named.Port;
            else if (!GoStrings.TryParseInt64(port.StringValue ?? "", out number))
                return (-1, GoStrings.AtoiError(port.StringValue ?? ""));
        }

        return number is > 0 and < 65536 ? ((int)number, null) : ((int)number, $"invalid port number: {number}");
    }
}
