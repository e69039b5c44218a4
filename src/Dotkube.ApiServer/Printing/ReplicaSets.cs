using Dotkube.Api.Apps.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>printReplicaSet: NAME DESIRED CURRENT READY AGE, wide CONTAINERS IMAGES SELECTOR.</summary>
internal static class ReplicaSets
{
    public static TablePrinter Printer { get; } = TablePrinter.For<ReplicaSet>(
        [
            Column.Name(),
            Column.Integer("Desired", SwaggerDocs.ReplicaSetSpecReplicas),
            Column.Integer("Current", SwaggerDocs.ReplicaSetStatusReplicas),
            Column.Integer("Ready", SwaggerDocs.ReplicaSetStatusReadyReplicas),
            Column.Age(),
            .. Column.ContainersAndImages(),
            Column.String("Selector", SwaggerDocs.ReplicaSetSpecSelector, Column.Wide),
        ],
        (set, row) =>
        {
            var (names, images) = Format.Containers(set.Spec.Template.Spec.Containers);
            row.Add(set.Metadata.Name)
                .Add(set.Spec.Replicas ?? 0)
                .Add(set.Status.Replicas)
                .Add(set.Status.ReadyReplicas ?? 0)
                .Age(set.Metadata.CreationTimestamp)
                .Add(names)
                .Add(images)
                .Add(Format.LabelSelector(set.Spec.Selector));
        });
}
