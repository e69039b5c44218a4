using System.Text;
using Dotkube.Api.Core.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>printResourceQuota: NAME REQUEST LIMIT AGE (1.32 order), each "resource: used/hard".</summary>
internal static class ResourceQuotas
{
    public static TablePrinter Printer { get; } = TablePrinter.For<ResourceQuota>(
        [
            Column.Name(),
            Column.String("Request", "Request represents a minimum amount of cpu/memory that a container may consume."),
            Column.String("Limit", "Limits control the maximum amount of cpu/memory that a container may use independent of contention on the node."),
            Column.Age(),
        ],
        (quota, row) =>
        {
            var (requests, limits) = Usage(quota.Status);
            row.Add(quota.Metadata.Name).Add(requests).Add(limits).Age(quota.Metadata.CreationTimestamp);
        });

    /// <summary>Every hard limit sorted by name; "limits.*" resources go to LIMIT, all others to REQUEST.</summary>
    internal static (string Requests, string Limits) Usage(ResourceQuotaStatus status)
    {
        var requests = new StringBuilder();
        var limits = new StringBuilder();
        foreach (var resource in (status.Hard?.Keys ?? Enumerable.Empty<string>()).Order(StringComparer.Ordinal))
        {
            var pieces = resource.Split('.');
            var column = pieces.Length > 1 && pieces[0] == "limits" ? limits : requests;
            column.Append(resource).Append(": ")
                .Append(Format.Quantity(status.Used, resource)).Append('/')
                .Append(Format.Quantity(status.Hard, resource)).Append(", ");
        }

        return (TrimSeparator(requests), TrimSeparator(limits));
    }

    private static string TrimSeparator(StringBuilder text) =>
        text.Length >= 2 ? text.ToString(0, text.Length - 2) : text.ToString();
}
