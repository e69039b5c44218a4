using Dotkube.Api.Core.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>printReplicationController: NAME DESIRED CURRENT READY AGE, wide CONTAINERS IMAGES SELECTOR.</summary>
internal static class ReplicationControllers
{
    public static TablePrinter Printer { get; } = TablePrinter.For<ReplicationController>(
        [
            Column.Name(),
            Column.Integer("Desired", SwaggerDocs.ReplicationControllerSpecReplicas),
            Column.Integer("Current", SwaggerDocs.ReplicationControllerStatusReplicas),
            Column.Integer("Ready", SwaggerDocs.ReplicationControllerStatusReadyReplicas),
            Column.Age(),
            .. Column.ContainersAndImages(),
            Column.String("Selector", SwaggerDocs.ReplicationControllerSpecSelector, Column.Wide),
        ],
        (controller, row) =>
        {
            var (names, images) = Format.Containers(controller.Spec.Template?.Spec.Containers);
            row.Add(controller.Metadata.Name)
                .Add(controller.Spec.Replicas ?? 0)
                .Add(controller.Status.Replicas)
                .Add(controller.Status.ReadyReplicas ?? 0)
                .Age(controller.Metadata.CreationTimestamp)
                .Add(names)
                .Add(images)
                .Add(Format.Labels(controller.Spec.Selector));
        });
}
