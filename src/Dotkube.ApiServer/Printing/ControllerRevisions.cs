using Dotkube.Api.Apps.V1;
using Dotkube.Api.Meta;

namespace Dotkube.ApiServer.Printing;

/// <summary>printControllerRevision: NAME CONTROLLER REVISION AGE.</summary>
internal static class ControllerRevisions
{
    public static TablePrinter Printer { get; } = TablePrinter.For<ControllerRevision>(
        [
            Column.Name(),
            Column.String("Controller", "Controller of the object"),
            Column.String("Revision", SwaggerDocs.ControllerRevisionRevision),
            Column.Age(),
        ],
        (revision, row) => row
            .Add(revision.Metadata.Name)
            .Add(Controller(revision.Metadata))
            .Add(revision.Revision)
            .Age(revision.Metadata.CreationTimestamp));

    /// <summary>The controlling owner as "kind.group/name" in lower case ("daemonset.apps/x"), or "&lt;none&gt;".</summary>
    internal static string Controller(ObjectMeta metadata)
    {
        var owner = metadata.OwnerReferences?.FirstOrDefault(o => o.Controller == true);
        if (owner is null)
        {
            return Format.None;
        }

        // schema.ParseGroupVersion: "v1" is the core group, "apps/v1" the apps group.
        var slash = owner.ApiVersion.IndexOf('/', StringComparison.Ordinal);
        var group = slash < 0 ? "" : owner.ApiVersion[..slash];
        if (group.Length == 0 && owner.Kind.Length == 0)
        {
            return owner.Name;
        }

        var groupKind = group.Length == 0 ? owner.Kind : owner.Kind + "." + group;
        return groupKind.ToLowerInvariant() + "/" + owner.Name;
    }
}
