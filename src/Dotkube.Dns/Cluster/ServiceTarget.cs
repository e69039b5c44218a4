using System.Net;

namespace Dotkube.Dns.Cluster;

/// <summary>
/// One thing a name under svc resolves to, as CoreDNS's msg.Service: an address (or, for an
/// ExternalName Service, a canonical name), a port (-1 when there is none) and the name SRV
/// records point at for it.
/// </summary>
internal readonly record struct ServiceTarget(IPAddress? Address, string? CanonicalName, int Port, string Target);
