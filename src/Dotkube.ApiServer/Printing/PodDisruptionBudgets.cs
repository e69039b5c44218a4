using Dotkube.Api.Policy.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>printPodDisruptionBudget: NAME MIN AVAILABLE MAX UNAVAILABLE ALLOWED DISRUPTIONS AGE.</summary>
internal static class PodDisruptionBudgets
{
    private const string NotApplicable = "N/A";

    public static TablePrinter Printer { get; } = TablePrinter.For<PodDisruptionBudget>(
        [
            Column.Name(),
            Column.String("Min Available", "The minimum number of pods that must be available."),
            Column.String("Max Unavailable", "The maximum number of pods that may be unavailable."),
            Column.Integer("Allowed Disruptions", "Calculated number of pods that may be disrupted at this time."),
            Column.Age(),
        ],
        (budget, row) => row
            .Add(budget.Metadata.Name)
            .Add(budget.Spec.MinAvailable?.ToString() ?? NotApplicable)
            .Add(budget.Spec.MaxUnavailable?.ToString() ?? NotApplicable)
            .Add(budget.Status.DisruptionsAllowed)
            .Age(budget.Metadata.CreationTimestamp));
}
