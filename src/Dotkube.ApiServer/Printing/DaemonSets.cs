using Dotkube.Api.Apps.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>
/// printDaemonSet: NAME DESIRED CURRENT READY UP-TO-DATE AVAILABLE NODE SELECTOR AGE, wide
/// CONTAINERS IMAGES SELECTOR.
/// </summary>
internal static class DaemonSets
{
    public static TablePrinter Printer { get; } = TablePrinter.For<DaemonSet>(
        [
            Column.Name(),
            Column.Integer("Desired", SwaggerDocs.DaemonSetStatusDesiredNumberScheduled),
            Column.Integer("Current", SwaggerDocs.DaemonSetStatusCurrentNumberScheduled),
            Column.Integer("Ready", SwaggerDocs.DaemonSetStatusNumberReady),
            Column.Integer("Up-to-date", SwaggerDocs.DaemonSetStatusUpdatedNumberScheduled),
            Column.Integer("Available", SwaggerDocs.DaemonSetStatusNumberAvailable),
            Column.String("Node Selector", SwaggerDocs.PodSpecNodeSelector),
            Column.Age(),
            .. Column.ContainersAndImages(),
            Column.String("Selector", SwaggerDocs.DaemonSetSpecSelector, Column.Wide),
        ],
        (set, row) =>
        {
            var (names, images) = Format.Containers(set.Spec.Template.Spec.Containers);
            var status = set.Status;
            row.Add(set.Metadata.Name)
                .Add(status.DesiredNumberScheduled)
                .Add(status.CurrentNumberScheduled)
                .Add(status.NumberReady)
                .Add(status.UpdatedNumberScheduled ?? 0)
                .Add(status.NumberAvailable ?? 0)
                .Add(Format.Labels(set.Spec.Template.Spec.NodeSelector))
                .Age(set.Metadata.CreationTimestamp)
                .Add(names)
                .Add(images)
                .Add(Format.LabelSelector(set.Spec.Selector));
        });
}
