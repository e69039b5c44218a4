using Dotkube.Api.Core.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>printNode: NAME STATUS ROLES AGE VERSION, wide INTERNAL-IP EXTERNAL-IP OS-IMAGE KERNEL-VERSION CONTAINER-RUNTIME.</summary>
internal static class Nodes
{
    private const string RolePrefix = "node-role.kubernetes.io/";
    private const string RoleLabel = "kubernetes.io/role";
    private const string Unknown = "<unknown>";

    public static TablePrinter Printer { get; } = TablePrinter.For<Node>(
        [
            Column.Name(),
            Column.String("Status", "The status of the node"),
            Column.String("Roles", "The roles of the node"),
            Column.Age(),
            Column.String("Version", SwaggerDocs.NodeSystemInfoKubeletVersion),
            Column.String("Internal-IP", SwaggerDocs.NodeStatusAddresses, Column.Wide),
            Column.String("External-IP", SwaggerDocs.NodeStatusAddresses, Column.Wide),
            Column.String("OS-Image", SwaggerDocs.NodeSystemInfoOSImage, Column.Wide),
            Column.String("Kernel-Version", SwaggerDocs.NodeSystemInfoKernelVersion, Column.Wide),
            Column.String("Container-Runtime", SwaggerDocs.NodeSystemInfoContainerRuntimeVersion, Column.Wide),
        ],
        (node, row) =>
        {
            var info = node.Status.NodeInfo;
            var roles = string.Join(",", Roles(node));
            row.Add(node.Metadata.Name)
                .Add(Status(node))
                .Add(roles.Length == 0 ? Format.None : roles)
                .Age(node.Metadata.CreationTimestamp)
                .Add(info.KubeletVersion)
                .Add(FirstAddress(node, "InternalIP"))
                .Add(FirstAddress(node, "ExternalIP"))
                .Add(OrUnknown(info.OSImage))
                .Add(OrUnknown(info.KernelVersion))
                .Add(OrUnknown(info.ContainerRuntimeVersion));
        });

    /// <summary>"Ready", "NotReady" (False or Unknown) or "Unknown" (no condition), then ",SchedulingDisabled" when cordoned.</summary>
    internal static string Status(Node node)
    {
        // Upstream builds a map by type, so the last Ready condition wins.
        var readyCondition = node.Status.Conditions?.LastOrDefault(c => c.Type == "Ready");
        var status = readyCondition is null ? "Unknown" : readyCondition.Status == "True" ? "Ready" : "NotReady";
        return node.Spec.Unschedulable == true ? status + ",SchedulingDisabled" : status;
    }

    /// <summary>findNodeRoles: node-role.kubernetes.io/&lt;role&gt; keys and kubernetes.io/role values, sorted and unique.</summary>
    internal static IEnumerable<string> Roles(Node node)
    {
        var roles = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in node.Metadata.Labels ?? [])
        {
            if (key.StartsWith(RolePrefix, StringComparison.Ordinal))
            {
                if (key.Length > RolePrefix.Length)
                {
                    roles.Add(key[RolePrefix.Length..]);
                }
            }
            else if (key == RoleLabel && value.Length > 0)
            {
                roles.Add(value);
            }
        }

        return roles;
    }

    private static string FirstAddress(Node node, string type) =>
        node.Status.Addresses?.FirstOrDefault(a => a.Type == type)?.Address ?? Format.None;

    private static string OrUnknown(string value) => value.Length == 0 ? Unknown : value;
}
