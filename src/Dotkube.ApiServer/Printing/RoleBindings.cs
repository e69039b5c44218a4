using Dotkube.Api.Rbac.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>
/// printRoleBinding and printClusterRoleBinding: NAME ROLE AGE, wide USERS GROUPS
/// SERVICEACCOUNTS. Roles and cluster roles have no printer upstream: they get the default table.
/// </summary>
internal static class RoleBindings
{
    public static TablePrinter Printer { get; } = TablePrinter.For<RoleBinding>(
        Columns(SwaggerDocs.RoleBindingRoleRef, "roleBinding"),
        (binding, row) => Print(row, binding.Metadata, binding.RoleRef, binding.Subjects));

    public static TablePrinter ClusterPrinter { get; } = TablePrinter.For<ClusterRoleBinding>(
        Columns(SwaggerDocs.ClusterRoleBindingRoleRef, "clusterRoleBinding"),
        (binding, row) => Print(row, binding.Metadata, binding.RoleRef, binding.Subjects));

    private static Api.Meta.TableColumnDefinition[] Columns(string roleDescription, string kind) =>
    [
        Column.Name(),
        Column.String("Role", roleDescription),
        Column.Age(),
        Column.String("Users", "Users in the " + kind, Column.Wide),
        Column.String("Groups", "Groups in the " + kind, Column.Wide),
        Column.String("ServiceAccounts", "ServiceAccounts in the " + kind, Column.Wide),
    ];

    private static void Print(Row row, Api.Meta.ObjectMeta metadata, RoleRef roleRef, List<Subject>? subjects)
    {
        // rbac.SubjectsStrings: other subject kinds are dropped from the table.
        subjects ??= [];
        row.Add(metadata.Name)
            .Add(roleRef.Kind + "/" + roleRef.Name)
            .Age(metadata.CreationTimestamp)
            .Add(string.Join(", ", subjects.Where(s => s.Kind == "User").Select(s => s.Name)))
            .Add(string.Join(", ", subjects.Where(s => s.Kind == "Group").Select(s => s.Name)))
            .Add(string.Join(", ", subjects.Where(s => s.Kind == "ServiceAccount").Select(s => s.Namespace + "/" + s.Name)));
    }
}
