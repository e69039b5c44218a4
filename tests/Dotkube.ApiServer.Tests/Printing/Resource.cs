using Dotkube.Api.Schema;

namespace Dotkube.ApiServer.Tests.Printing;

/// <summary>Resources the printing tests name often.</summary>
internal static class Resource
{
    public static ResourceInfo Pods { get; } = Get("", "v1", "pods");

    public static ResourceInfo Services { get; } = Get("", "v1", "services");

    public static ResourceInfo Get(string group, string version, string plural) =>
        Scheme.Default.FindResource(group, version, plural) ?? throw new ArgumentException($"{group}/{version}/{plural} is not registered");
}
