using Dotkube.Api.Discovery.V1;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Discovery;

/// <summary>Upstream validateEndpoints and validateHints: address formats per address type and the count limits.</summary>
public static class EndpointValidation
{
    private const int MaxEndpoints = 1000;
    private const int MaxAddresses = 100;
    private const int MaxTopologyLabels = 16;
    private const int MaxZoneHints = 8;
    private const string ZoneLabel = "topology.kubernetes.io/zone";

    public static void ValidateEndpoints(List<Endpoint> endpoints, string addressType, FieldPath path, List<FieldError> errors)
    {
        if (endpoints.Count > MaxEndpoints)
        {
            errors.Add(FieldError.TooMany(path, endpoints.Count, MaxEndpoints));
            return;
        }

        for (var i = 0; i < endpoints.Count; i++)
        {
            ValidateEndpoint(endpoints[i], addressType, path.Index(i), errors);
        }
    }

    private static void ValidateEndpoint(Endpoint endpoint, string addressType, FieldPath path, List<FieldError> errors)
    {
        var addressesPath = path.Child("addresses");
        if (endpoint.Addresses.Count == 0)
        {
            errors.Add(FieldError.Required(addressesPath, "must contain at least 1 address"));
        }
        else if (endpoint.Addresses.Count > MaxAddresses)
        {
            errors.Add(FieldError.TooMany(addressesPath, endpoint.Addresses.Count, MaxAddresses));
        }

        for (var i = 0; i < endpoint.Addresses.Count; i++)
        {
            AddressValidation.Validate(endpoint.Addresses[i], addressType, addressesPath.Index(i), errors);
        }

        if (endpoint.NodeName is { } nodeName)
        {
            foreach (var message in NameValidation.IsDNS1123Subdomain(nodeName))
            {
                errors.Add(FieldError.Invalid(path.Child("nodeName"), nodeName, message));
            }
        }

        var topologyPath = path.Child("deprecatedTopology");
        if (endpoint.DeprecatedTopology is { Count: > MaxTopologyLabels } topology)
        {
            errors.Add(FieldError.TooMany(topologyPath, topology.Count, MaxTopologyLabels));
        }

        LabelValidation.ValidateLabels(endpoint.DeprecatedTopology, topologyPath, errors);
        if (endpoint.DeprecatedTopology?.ContainsKey(ZoneLabel) == true)
        {
            // v1 moves the zone label into endpoint.zone on conversion; the internal check can only fire here.
            errors.Add(FieldError.Internal(topologyPath.Key(ZoneLabel), "reserved key was not removed in conversion"));
        }

        if (endpoint.Hostname is { } hostname)
        {
            foreach (var message in NameValidation.IsDNS1123Label(hostname))
            {
                errors.Add(FieldError.Invalid(path.Child("hostname"), hostname, message));
            }
        }

        if (endpoint.Hints is { } hints)
        {
            ValidateHints(hints, path.Child("hints"), errors);
        }
    }

    private static void ValidateHints(EndpointHints hints, FieldPath path, List<FieldError> errors)
    {
        var zonesPath = path.Child("forZones");
        var zones = hints.ForZones ?? [];
        if (zones.Count > MaxZoneHints)
        {
            errors.Add(FieldError.TooMany(zonesPath, zones.Count, MaxZoneHints));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < zones.Count; i++)
        {
            var at = zonesPath.Index(i).Child("name");
            if (!seen.Add(zones[i].Name))
            {
                errors.Add(FieldError.Duplicate(at, zones[i].Name));
            }

            foreach (var message in NameValidation.IsValidLabelValue(zones[i].Name))
            {
                errors.Add(FieldError.Invalid(at, zones[i].Name, message));
            }
        }
    }
}
