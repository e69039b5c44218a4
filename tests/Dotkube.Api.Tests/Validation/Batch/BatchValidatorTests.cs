using Dotkube.Api.Batch.V1;
using Dotkube.Api.Tests.Validation.Apps;

namespace Dotkube.Api.Tests.Validation.Batch;

public class BatchValidatorTests
{
    public static TheoryData<string, Action<Job>, string[]> JobCases => new()
    {
        { "valid", _ => { }, [] },
        { "negative parallelism", j => j.Spec.Parallelism = -1, ["spec.parallelism: Invalid value: -1: must be greater than or equal to 0"] },
        { "negative backoffLimit", j => j.Spec.BackoffLimit = -1, ["spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0"] },
        { "negative ttl", j => j.Spec.TTLSecondsAfterFinished = -1, ["spec.ttlSecondsAfterFinished: Invalid value: -1: must be greater than or equal to 0"] },
        {
            "restartPolicy unset", j => j.Spec.Template.Spec.RestartPolicy = null,
            ["spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\""]
        },
        {
            "restartPolicy Sometimes", j => j.Spec.Template.Spec.RestartPolicy = "Sometimes",
            ["spec.template.spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnFailure\", \"Never\"",
             "spec.template.spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"OnFailure\", \"Never\""]
        },
        {
            "bad completionMode", j => j.Spec.CompletionMode = "Ordered",
            ["spec.completionMode: Unsupported value: \"Ordered\": supported values: \"NonIndexed\", \"Indexed\""]
        },
        { "Indexed without completions", j => j.Spec.CompletionMode = "Indexed", ["spec.completions: Required value: when completion mode is Indexed"] },
        {
            "manual selector missing", j => j.Spec.ManualSelector = true,
            ["spec.selector: Required value", "spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"web\"}: `selector` does not match template `labels`"]
        },
        {
            "pod failure policy rule without requirement", j => j.Spec.PodFailurePolicy = new() { Rules = [new() { Action = "FailJob" }] },
            ["spec.podFailurePolicy.rules[0]: Invalid value: specifying one of OnExitCodes and OnPodConditions is required",
             "spec.template.spec.restartPolicy: Invalid value: \"OnFailure\": only \"Never\" is supported when podFailurePolicy is specified"]
        },
        {
            "pod failure policy bad action and values", j =>
            {
                j.Spec.Template.Spec.RestartPolicy = "Never";
                j.Spec.PodFailurePolicy = new() { Rules = [new() { Action = "", OnExitCodes = new() { Operator = "In", Values = [3, 0, 3] } }] };
            },
            ["spec.podFailurePolicy.rules[0].action: Required value: valid values: [\"Count\" \"FailIndex\" \"FailJob\" \"Ignore\"]",
             "spec.podFailurePolicy.rules[0].onExitCodes.values[1]: Invalid value: 0: must not be 0 for the In operator",
             "spec.podFailurePolicy.rules[0].onExitCodes.values[2]: Duplicate value: 3",
             "spec.podFailurePolicy.rules[0].onExitCodes.values: Invalid value: []int32{3, 0, 3}: must be ordered"]
        },
    };

    public static TheoryData<string, Action<CronJob>, string[]> CronJobCases => new()
    {
        { "valid", _ => { }, [] },
        { "descriptor", c => c.Spec.Schedule = "@hourly", [] },
        { "every", c => c.Spec.Schedule = "@every 1h30m", [] },
        { "names, ranges and steps", c => c.Spec.Schedule = "*/15 9-17 * JAN-jun mon,wed,fri", [] },
        { "schedule missing", c => c.Spec.Schedule = "", ["spec.schedule: Required value"] },
        {
            "four fields", c => c.Spec.Schedule = "* * * *",
            ["spec.schedule: Invalid value: \"* * * *\": unparseable schedule: * * * * : expected exactly 5 fields, found 4: [* * * *]"]
        },
        {
            "minute out of range", c => c.Spec.Schedule = "60 * * * *",
            ["spec.schedule: Invalid value: \"60 * * * *\": unparseable schedule: 60 * * * * : end of range (60) above maximum (59): 60"]
        },
        {
            "not a number", c => c.Spec.Schedule = "x * * * *",
            ["spec.schedule: Invalid value: \"x * * * *\": unparseable schedule: x * * * * : failed to parse int from x: strconv.Atoi: parsing \"x\": invalid syntax"]
        },
        {
            "bad every", c => c.Spec.Schedule = "@every 5",
            ["spec.schedule: Invalid value: \"@every 5\": unparseable schedule: @every 5 : failed to parse duration @every 5: time: missing unit in duration \"5\""]
        },
        {
            "unknown descriptor", c => c.Spec.Schedule = "@fortnightly",
            ["spec.schedule: Invalid value: \"@fortnightly\": unparseable schedule: @fortnightly : unrecognized descriptor: @fortnightly"]
        },
        {
            "TZ in schedule", c => c.Spec.Schedule = "TZ=UTC 0 * * * *",
            ["spec.schedule: Invalid value: \"TZ=UTC 0 * * * *\": cannot use TZ or CRON_TZ in schedule, use timeZone field instead"]
        },
        { "valid time zone", c => c.Spec.TimeZone = "Europe/Berlin", [] },
        {
            "unknown time zone", c => c.Spec.TimeZone = "Mars/Olympus",
            ["spec.timeZone: Invalid value: \"Mars/Olympus\": unknown time zone Mars/Olympus"]
        },
        {
            "Local time zone", c => c.Spec.TimeZone = "Local",
            ["spec.timeZone: Invalid value: \"Local\": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones"]
        },
        {
            "bad concurrencyPolicy", c => c.Spec.ConcurrencyPolicy = "Sometimes",
            ["spec.concurrencyPolicy: Unsupported value: \"Sometimes\": supported values: \"Allow\", \"Forbid\", \"Replace\""]
        },
        { "negative history", c => c.Spec.FailedJobsHistoryLimit = -1, ["spec.failedJobsHistoryLimit: Invalid value: -1: must be greater than or equal to 0"] },
        { "negative deadline", c => c.Spec.StartingDeadlineSeconds = -1, ["spec.startingDeadlineSeconds: Invalid value: -1: must be greater than or equal to 0"] },
        {
            "name over 52 characters", c => c.Metadata.Name = new string('a', 53),
            [$"metadata.name: Invalid value: \"{new string('a', 53)}\": must be no more than 52 characters"]
        },
        {
            "job template selector", c => c.Spec.JobTemplate.Spec.Selector = WorkloadObjects.Selector(),
            ["spec.jobTemplate.spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{\"app\":\"web\"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: `selector` will be auto-generated"]
        },
        {
            "job template restartPolicy", c => c.Spec.JobTemplate.Spec.Template.Spec.RestartPolicy = "Always",
            ["spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\""]
        },
    };

    [Theory]
    [MemberData(nameof(JobCases))]
    public void ValidateCreate_JobCase_ReportsUpstreamErrors(string name, Action<Job> mutate, string[] expected)
    {
        var job = Job();
        mutate(job);

        Assert.True(expected.SequenceEqual(WorkloadObjects.Create(job)), $"{name}: {string.Join(" | ", WorkloadObjects.Create(job))}");
    }

    [Theory]
    [MemberData(nameof(CronJobCases))]
    public void ValidateCreate_CronJobCase_ReportsUpstreamErrors(string name, Action<CronJob> mutate, string[] expected)
    {
        var cronJob = new CronJob
        {
            Metadata = WorkloadObjects.Meta(),
            Spec = new CronJobSpec { Schedule = "*/5 * * * *", JobTemplate = new JobTemplateSpec { Spec = Job().Spec } },
        };
        mutate(cronJob);

        Assert.True(expected.SequenceEqual(WorkloadObjects.Create(cronJob)), $"{name}: {string.Join(" | ", WorkloadObjects.Create(cronJob))}");
    }

    [Fact]
    public void ValidateUpdate_JobTemplateChanged_ReportsImmutable()
    {
        var old = Job();
        var job = Job();
        job.Spec.Template.Spec.Containers[0].Image = "busybox:2";

        Assert.Equal(["spec.template: Invalid value: core.PodTemplateSpec{...}: field is immutable"], WorkloadObjects.Update(job, old));
    }

    [Fact]
    public void ValidateUpdate_SuspendedJobNodeSelectorChanged_IsValid()
    {
        var old = Job();
        old.Spec.Suspend = true;
        var job = Job();
        job.Spec.Suspend = true;
        job.Spec.Template.Spec.NodeSelector = new() { ["zone"] = "a" };

        Assert.Empty(WorkloadObjects.Update(job, old));
    }

    [Fact]
    public void ValidateUpdate_JobCompletionsChanged_ReportsImmutable()
    {
        var old = Job();
        var job = Job();
        job.Spec.Completions = 3;

        Assert.Equal(["spec.completions: Invalid value: 3: field is immutable"], WorkloadObjects.Update(job, old));
    }

    private static Job Job() => new()
    {
        Metadata = WorkloadObjects.Meta(),
        Spec = new JobSpec { Template = WorkloadObjects.Template("OnFailure") },
    };
}
