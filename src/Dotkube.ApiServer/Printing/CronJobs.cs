using Dotkube.Api.Batch.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>
/// printCronJob: NAME SCHEDULE TIMEZONE SUSPEND ACTIVE LAST SCHEDULE AGE, wide CONTAINERS
/// IMAGES SELECTOR.
/// </summary>
internal static class CronJobs
{
    public static TablePrinter Printer { get; } = TablePrinter.For<CronJob>(
        [
            Column.Name(),
            Column.String("Schedule", SwaggerDocs.CronJobSpecSchedule),
            Column.String("Timezone", SwaggerDocs.CronJobSpecTimeZone),
            Column.Boolean("Suspend", SwaggerDocs.CronJobSpecSuspend),
            Column.Integer("Active", SwaggerDocs.CronJobStatusActive),
            Column.String("Last Schedule", SwaggerDocs.CronJobStatusLastScheduleTime),
            Column.Age(),
            .. Column.ContainersAndImages(),
            Column.String("Selector", SwaggerDocs.JobSpecSelector, Column.Wide),
        ],
        (cronJob, row) =>
        {
            var job = cronJob.Spec.JobTemplate.Spec;
            var (names, images) = Format.Containers(job.Template.Spec.Containers);
            var lastSchedule = cronJob.Status.LastScheduleTime;
            row.Add(cronJob.Metadata.Name)
                .Add(cronJob.Spec.Schedule)
                .Add(cronJob.Spec.TimeZone ?? Format.None)

                // A "boolean" column that upstream fills with the text "True"/"False".
                .Add(Format.BoolPtr(cronJob.Spec.Suspend))
                .Add(cronJob.Status.Active?.Count ?? 0)
                .Add(lastSchedule is null ? Format.None : HumanDuration.Since(lastSchedule, row.Now))
                .Age(cronJob.Metadata.CreationTimestamp)
                .Add(names)
                .Add(images)
                .Add(Format.LabelSelector(job.Selector));
        });
}
