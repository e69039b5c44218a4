using Dotkube.Api.Batch.V1;
using Dotkube.ApiServer.Printing;

namespace Dotkube.ApiServer.Tests.Printing;

public sealed class JobCellTests
{
    public static TheoryData<string, string, string> Statuses => new()
    {
        { "no conditions", "status: {}", "Running" },
        { "complete", "status: {conditions: [{type: Complete, status: 'True'}]}", "Complete" },
        { "complete wins over failed", "status: {conditions: [{type: Failed, status: 'True'}, {type: Complete, status: 'True'}]}", "Complete" },
        { "failed", "status: {conditions: [{type: FailureTarget, status: 'True'}, {type: Failed, status: 'True'}]}", "Failed" },
        { "a false condition does not count", "status: {conditions: [{type: Complete, status: 'False'}]}", "Running" },
        { "the first condition of a type decides", "status: {conditions: [{type: Complete, status: 'False'}, {type: Complete, status: 'True'}]}", "Running" },
        { "suspended", "status: {conditions: [{type: Suspended, status: 'True'}]}", "Suspended" },
        { "failure target before failed", "status: {conditions: [{type: FailureTarget, status: 'True'}]}", "FailureTarget" },
        { "success criteria met is not a 1.32 status", "status: {conditions: [{type: SuccessCriteriaMet, status: 'True'}]}", "Running" },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Status_Case_MatchesUpstream(string name, string yaml, string expected)
    {
        Assert.NotEmpty(name);
        Assert.Equal(expected, Jobs.Status(Yaml.Decode<Job>("batch/v1", "Job", yaml)));
    }

    [Fact]
    public void Status_DeletedJob_IsTerminatingOnlyWhileUnfinished()
    {
        var running = Yaml.Decode<Job>("batch/v1", "Job", "status: {conditions: [{type: Suspended, status: 'True'}]}");
        var complete = Yaml.Decode<Job>("batch/v1", "Job", "status: {conditions: [{type: Complete, status: 'True'}]}");
        running.Metadata.DeletionTimestamp = complete.Metadata.DeletionTimestamp = GoldenTableTests.Now;

        Assert.Equal(("Terminating", "Complete"), (Jobs.Status(running), Jobs.Status(complete)));
    }

    [Theory]
    [InlineData("spec: {completions: 5}\nstatus: {succeeded: 2}", "2/5")]
    [InlineData("spec: {parallelism: 3}\nstatus: {succeeded: 1}", "1/1 of 3")]
    [InlineData("spec: {parallelism: 1}\nstatus: {}", "0/1")]
    [InlineData("spec: {}", "0/1")]
    public void Completions_Case_MatchesUpstream(string yaml, string expected) =>
        Assert.Equal(expected, Jobs.Completions(Yaml.Decode<Job>("batch/v1", "Job", yaml)));

    [Theory]
    [InlineData("status: {}", "")]
    [InlineData("status: {startTime: '2024-05-01T11:56:48Z'}", "3m12s")]
    [InlineData("status: {startTime: '2024-05-01T10:00:00Z', completionTime: '2024-05-01T10:00:45Z'}", "45s")]
    public void Duration_Case_IsRunningTimeOrTimeTaken(string yaml, string expected) =>
        Assert.Equal(expected, Jobs.Duration(Yaml.Decode<Job>("batch/v1", "Job", yaml), GoldenTableTests.Now));
}
