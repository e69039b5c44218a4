using System.Globalization;
using Dotkube.Api.Apps.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>printDeployment: NAME READY UP-TO-DATE AVAILABLE AGE, wide CONTAINERS IMAGES SELECTOR.</summary>
internal static class Deployments
{
    public static TablePrinter Printer { get; } = TablePrinter.For<Deployment>(
        [
            Column.Name(),
            Column.String("Ready", "Number of the pod with ready state"),
            Column.String("Up-to-date", SwaggerDocs.DeploymentStatusUpdatedReplicas),
            Column.String("Available", SwaggerDocs.DeploymentStatusAvailableReplicas),
            Column.Age(),
            .. Column.ContainersAndImages(),
            Column.String("Selector", SwaggerDocs.DeploymentSpecSelector, Column.Wide),
        ],
        (deployment, row) =>
        {
            var (names, images) = Format.Containers(deployment.Spec.Template.Spec.Containers);
            var status = deployment.Status;
            row.Add(deployment.Metadata.Name)
                .Add(string.Create(CultureInfo.InvariantCulture, $"{status.ReadyReplicas ?? 0}/{deployment.Spec.Replicas ?? 0}"))
                .Add(status.UpdatedReplicas ?? 0)
                .Add(status.AvailableReplicas ?? 0)
                .Age(deployment.Metadata.CreationTimestamp)
                .Add(names)
                .Add(images)

                // Unlike its siblings, printDeployment prints the bare selector: "" when there is none.
                .Add(Format.SelectorString(deployment.Spec.Selector));
        });
}
