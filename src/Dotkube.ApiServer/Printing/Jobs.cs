using System.Globalization;
using Dotkube.Api.Batch.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>printJob: NAME STATUS COMPLETIONS DURATION AGE, wide CONTAINERS IMAGES SELECTOR.</summary>
internal static class Jobs
{
    public static TablePrinter Printer { get; } = TablePrinter.For<Job>(
        [
            Column.Name(),
            Column.String("Status", "Status of the job."),
            Column.String("Completions", SwaggerDocs.JobStatusSucceeded),
            Column.String("Duration", "Time required to complete the job."),
            Column.Age(),
            .. Column.ContainersAndImages(),
            Column.String("Selector", SwaggerDocs.JobSpecSelector, Column.Wide),
        ],
        (job, row) =>
        {
            var (names, images) = Format.Containers(job.Spec.Template.Spec.Containers);
            row.Add(job.Metadata.Name)
                .Add(Status(job))
                .Add(Completions(job))
                .Add(Duration(job, row.Now))
                .Age(job.Metadata.CreationTimestamp)
                .Add(names)
                .Add(images)
                .Add(Format.LabelSelector(job.Spec.Selector));
        });

    /// <summary>
    /// Complete or Failed when that condition is True; otherwise Terminating while deleted,
    /// then Suspended, FailureTarget, and Running for everything else, in upstream's order.
    /// </summary>
    internal static string Status(Job job) =>
        Is(job, "Complete") ? "Complete"
        : Is(job, "Failed") ? "Failed"
        : job.Metadata.DeletionTimestamp is not null ? "Terminating"
        : Is(job, "Suspended") ? "Suspended"
        : Is(job, "FailureTarget") ? "FailureTarget"
        : "Running";

    /// <summary>"succeeded/completions"; without completions "succeeded/1", or "succeeded/1 of N" for parallel work queues.</summary>
    internal static string Completions(Job job)
    {
        var succeeded = job.Status.Succeeded ?? 0;
        if (job.Spec.Completions is { } completions)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{succeeded}/{completions}");
        }

        return job.Spec.Parallelism is > 1
            ? string.Create(CultureInfo.InvariantCulture, $"{succeeded}/1 of {job.Spec.Parallelism}")
            : string.Create(CultureInfo.InvariantCulture, $"{succeeded}/1");
    }

    /// <summary>Empty until started; the time running so far; the time it took once complete.</summary>
    internal static string Duration(Job job, DateTimeOffset now) => (job.Status.StartTime, job.Status.CompletionTime) switch
    {
        (null, _) => "",
        ({ } start, null) => HumanDuration.Format(now - start),
        ({ } start, { } completion) => HumanDuration.Format(completion - start),
    };

    /// <summary>hasJobCondition: the first condition of the type decides.</summary>
    private static bool Is(Job job, string type) =>
        job.Status.Conditions?.FirstOrDefault(c => c.Type == type)?.Status == "True";
}
