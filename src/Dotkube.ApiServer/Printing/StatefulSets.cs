using System.Globalization;
using Dotkube.Api.Apps.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>printStatefulSet: NAME READY AGE, wide CONTAINERS IMAGES.</summary>
internal static class StatefulSets
{
    public static TablePrinter Printer { get; } = TablePrinter.For<StatefulSet>(
        [
            Column.Name(),
            Column.String("Ready", "Number of the pod with ready state"),
            Column.Age(),
            .. Column.ContainersAndImages(),
        ],
        (set, row) =>
        {
            var (names, images) = Format.Containers(set.Spec.Template.Spec.Containers);
            row.Add(set.Metadata.Name)
                .Add(string.Create(CultureInfo.InvariantCulture, $"{set.Status.ReadyReplicas ?? 0}/{set.Spec.Replicas ?? 0}"))
                .Age(set.Metadata.CreationTimestamp)
                .Add(names)
                .Add(images);
        });
}
