using Dotkube.Api.Core.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>printPodTemplate: NAME CONTAINERS IMAGES POD LABELS (no age, as upstream).</summary>
internal static class PodTemplates
{
    public static TablePrinter Printer { get; } = TablePrinter.For<PodTemplate>(
        [
            Column.Name(),
            .. Column.ContainersAndImages(priority: 0),
            Column.String("Pod Labels", "The labels for the pod template."),
        ],
        (template, row) =>
        {
            var (names, images) = Format.Containers(template.Template.Spec.Containers);
            row.Add(template.Metadata.Name)
                .Add(names)
                .Add(images)
                .Add(Format.Labels(template.Template.Metadata.Labels));
        });
}
