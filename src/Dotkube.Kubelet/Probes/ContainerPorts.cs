using System.Globalization;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Values;

namespace Dotkube.Kubelet.Probes;

/// <summary>A probe's port, as upstream's probe.ResolveContainerPort: a number, or the name of one of the container's ports.</summary>
public static class ContainerPorts
{
    /// <summary>The port number, or an error message upstream would give (the probe then errors rather than fails).</summary>
    public static (int Port, string? Error) Resolve(IntOrString port, Container container)
    {
        var number = port.IntValue;
        if (!port.IsInt)
        {
            var named = container.Ports?.FirstOrDefault(p => p.Name == port.StringValue);
            // As upstream's last resort: a number written as a string.
            if (named is not null)
                number = named.Port;
            else if (!int.TryParse(port.StringValue, NumberStyles.None, CultureInfo.InvariantCulture, out number))
                return (-1, $"strconv.Atoi: parsing \"{port.StringValue}\": invalid syntax");
        }

        return number is > 0 and < 65536 ? (number, null) : (number, $"invalid port number: {number}");
    }
}
