using Dotkube.Api.Naming;
using Dotkube.Api.Networking.V1;

namespace Dotkube.Api.Validation.Networking;

/// <summary>Upstream ValidateNetworkPolicyPort, ValidateNetworkPolicyPeer and ValidateIPBlock (v1.32 messages).</summary>
public static class NetworkPolicyPeerValidation
{
    private static readonly string[] Protocols = ["TCP", "UDP", "SCTP"];

    public static void ValidatePort(NetworkPolicyPort port, FieldPath path, List<FieldError> errors)
    {
        if (port.Protocol is { } protocol && !Protocols.Contains(protocol))
        {
            errors.Add(FieldError.NotSupported(path.Child("protocol"), protocol, Protocols));
        }

        if (port.Port is not { } value)
        {
            if (port.EndPort is { } orphan)
            {
                errors.Add(FieldError.Invalid(path.Child("endPort"), orphan, "may not be specified when `port` is not specified"));
            }

            return;
        }

        if (value.IsInt)
        {
            foreach (var message in NameValidation.IsValidPortNum(value.IntValue))
            {
                errors.Add(FieldError.Invalid(path.Child("port"), value.IntValue, message));
            }

            if (port.EndPort is { } end)
            {
                if (end < value.IntValue)
                {
                    errors.Add(FieldError.Invalid(path.Child("endPort"), end, "must be greater than or equal to `port`"));
                }

                foreach (var message in NameValidation.IsValidPortNum(end))
                {
                    errors.Add(FieldError.Invalid(path.Child("endPort"), end, message));
                }
            }

            return;
        }

        if (port.EndPort is { } named)
        {
            errors.Add(FieldError.Invalid(path.Child("endPort"), named, "may not be specified when `port` is non-numeric"));
        }

        foreach (var message in NameValidation.IsValidPortName(value.StringValue!))
        {
            errors.Add(FieldError.Invalid(path.Child("port"), value.StringValue, message));
        }
    }

    /// <summary>At least one peer kind; ipBlock excludes the others.</summary>
    public static void ValidatePeer(NetworkPolicyPeer peer, FieldPath path, List<FieldError> errors)
    {
        var count = 0;
        if (peer.PodSelector is { } pods)
        {
            count++;
            LabelValidation.ValidateLabelSelector(pods, path.Child("podSelector"), errors);
        }

        if (peer.NamespaceSelector is { } namespaces)
        {
            count++;
            LabelValidation.ValidateLabelSelector(namespaces, path.Child("namespaceSelector"), errors);
        }

        if (peer.IpBlock is { } block)
        {
            count++;
            ValidateIPBlock(block, path.Child("ipBlock"), errors);
        }

        if (count == 0)
        {
            errors.Add(FieldError.Required(path, "must specify a peer"));
        }
        else if (count > 1 && peer.IpBlock is not null)
        {
            errors.Add(FieldError.Forbidden(path, "may not specify both ipBlock and another peer"));
        }
    }

    /// <summary>Each except entry must be a strict subset of cidr; the first unparsable one stops the checks.</summary>
    public static void ValidateIPBlock(IPBlock block, FieldPath path, List<FieldError> errors)
    {
        if (block.Cidr.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("cidr")));
            return;
        }

        if (Cidr.Parse(block.Cidr) is not { } cidr)
        {
            errors.Add(FieldError.Invalid(path.Child("cidr"), block.Cidr, "not a valid CIDR"));
            return;
        }

        var except = block.Except ?? [];
        for (var i = 0; i < except.Count; i++)
        {
            var at = path.Child("except").Index(i);
            if (Cidr.Parse(except[i]) is not { } inner)
            {
                errors.Add(FieldError.Invalid(at, except[i], "not a valid CIDR"));
                return;
            }

            if (!cidr.Contains(inner) || cidr.PrefixLength >= inner.PrefixLength)
            {
                errors.Add(FieldError.Invalid(at, except[i], "must be a strict subset of `cidr`"));
            }
        }
    }
}
