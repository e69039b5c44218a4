using Dotkube.Api.Core.V1;
using Dotkube.ApiServer.Printing;

namespace Dotkube.ApiServer.Tests.Printing;

public sealed class PodCellTests
{
    /// <summary>READY, STATUS and RESTARTS for the cases printPod distinguishes.</summary>
    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        {
            "phase alone", "status: {phase: Pending}", "0/1", "Pending", "0"
        },
        {
            "status.reason overrides the phase", "status: {phase: Failed, reason: Evicted}", "0/1", "Evicted", "0"
        },
        {
            "scheduling gate", "status: {phase: Pending, conditions: [{type: PodScheduled, status: 'False', reason: SchedulingGated}]}",
            "0/1", "SchedulingGated", "0"
        },
        {
            "running and ready",
            "status: {phase: Running, containerStatuses: [{name: c, ready: true, restartCount: 0, image: i, imageID: '', state: {running: {}}}]}",
            "1/1", "Running", "0"
        },
        {
            "waiting reason with restarts and last restart time",
            """
            status:
              phase: Running
              containerStatuses:
              - {name: c, ready: false, restartCount: 3, image: i, imageID: '', state: {waiting: {reason: CrashLoopBackOff}}, lastState: {terminated: {exitCode: 1, finishedAt: '2024-05-01T11:55:00Z'}}}
            """,
            "0/1", "CrashLoopBackOff", "3 (5m ago)"
        },
        {
            "restarts without a last termination time print alone",
            "status: {phase: Running, containerStatuses: [{name: c, ready: true, restartCount: 2, image: i, imageID: '', state: {running: {}}}]}",
            "1/1", "Running", "2"
        },
        {
            "terminated with a signal and no reason",
            "status: {phase: Running, containerStatuses: [{name: c, ready: false, restartCount: 0, image: i, imageID: '', state: {terminated: {exitCode: 137, signal: 9}}}]}",
            "0/1", "Signal:9", "0"
        },
        {
            "terminated with an exit code and no reason",
            "status: {phase: Running, containerStatuses: [{name: c, ready: false, restartCount: 0, image: i, imageID: '', state: {terminated: {exitCode: 3}}}]}",
            "0/1", "ExitCode:3", "0"
        },
        {
            "first init container still running",
            """
            spec: {initContainers: [{name: a}, {name: b}], containers: [{name: c}]}
            status: {phase: Pending, initContainerStatuses: [{name: a, ready: false, restartCount: 0, image: i, imageID: '', state: {running: {}}}]}
            """,
            "0/1", "Init:0/2", "0"
        },
        {
            "second init container waiting to initialize counts as progress",
            """
            spec: {initContainers: [{name: a}, {name: b}], containers: [{name: c}]}
            status:
              phase: Pending
              initContainerStatuses:
              - {name: a, ready: true, restartCount: 0, image: i, imageID: '', state: {terminated: {exitCode: 0, reason: Completed}}}
              - {name: b, ready: false, restartCount: 0, image: i, imageID: '', state: {waiting: {reason: PodInitializing}}}
            """,
            "0/1", "Init:1/2", "0"
        },
        {
            "init container waiting with a reason",
            """
            spec: {initContainers: [{name: a}], containers: [{name: c}]}
            status: {phase: Pending, initContainerStatuses: [{name: a, ready: false, restartCount: 4, image: i, imageID: '', state: {waiting: {reason: CrashLoopBackOff}}}]}
            """,
            "0/1", "Init:CrashLoopBackOff", "4"
        },
        {
            "init container failed with a reason",
            """
            spec: {initContainers: [{name: a}], containers: [{name: c}]}
            status: {phase: Pending, initContainerStatuses: [{name: a, ready: false, restartCount: 0, image: i, imageID: '', state: {terminated: {exitCode: 1, reason: Error}}}]}
            """,
            "0/1", "Init:Error", "0"
        },
        {
            "init container exiting 0 counts as done, signal or not",
            """
            spec: {initContainers: [{name: a}], containers: [{name: c}]}
            status: {phase: Pending, initContainerStatuses: [{name: a, ready: false, restartCount: 0, image: i, imageID: '', state: {terminated: {exitCode: 0, signal: 15}}}]}
            """,
            "0/1", "Pending", "0"
        },
        {
            "all init containers done: the containers decide",
            """
            spec: {initContainers: [{name: a}], containers: [{name: c}]}
            status:
              phase: Pending
              initContainerStatuses: [{name: a, ready: true, restartCount: 1, image: i, imageID: '', state: {terminated: {exitCode: 0}}}]
              containerStatuses: [{name: c, ready: false, restartCount: 0, image: i, imageID: '', state: {waiting: {reason: ContainerCreating}}}]
            """,
            "0/1", "ContainerCreating", "0"
        },
        {
            "init containers done, main container waiting to start",
            """
            spec: {initContainers: [{name: a}], containers: [{name: c}]}
            status:
              phase: Pending
              conditions: [{type: Initialized, status: 'True'}]
              initContainerStatuses: [{name: a, ready: true, restartCount: 0, image: i, imageID: '', state: {terminated: {exitCode: 0, reason: Completed}}}]
              containerStatuses: [{name: c, ready: false, restartCount: 0, image: i, imageID: '', state: {waiting: {reason: PodInitializing}}}]
            """,
            "0/1", "PodInitializing", "0"
        },
        {
            "started sidecar is ready and counted",
            """
            spec: {initContainers: [{name: proxy, restartPolicy: Always}], containers: [{name: c}]}
            status:
              phase: Running
              conditions: [{type: Initialized, status: 'True'}]
              initContainerStatuses: [{name: proxy, ready: true, started: true, restartCount: 2, image: i, imageID: '', state: {running: {}}}]
              containerStatuses: [{name: c, ready: true, restartCount: 1, image: i, imageID: '', state: {running: {}}}]
            """,
            "2/2", "Running", "3"
        },
        {
            "sidecar not started yet blocks initialization",
            """
            spec: {initContainers: [{name: proxy, restartPolicy: Always}], containers: [{name: c}]}
            status: {phase: Pending, initContainerStatuses: [{name: proxy, ready: false, started: false, restartCount: 0, image: i, imageID: '', state: {running: {}}}]}
            """,
            "0/2", "Init:0/1", "0"
        },
        {
            "completed container next to a running one with Ready",
            """
            status:
              phase: Running
              conditions: [{type: Ready, status: 'True'}]
              containerStatuses:
              - {name: a, ready: true, restartCount: 0, image: i, imageID: '', state: {running: {}}}
              - {name: b, ready: false, restartCount: 0, image: i, imageID: '', state: {terminated: {exitCode: 0, reason: Completed}}}
            """,
            "1/1", "Running", "0"
        },
        {
            "completed container next to a running one without Ready",
            """
            status:
              phase: Running
              containerStatuses:
              - {name: a, ready: true, restartCount: 0, image: i, imageID: '', state: {running: {}}}
              - {name: b, ready: false, restartCount: 0, image: i, imageID: '', state: {terminated: {exitCode: 0, reason: Completed}}}
            """,
            "1/1", "NotReady", "0"
        },
        {
            "the first-listed container's reason wins",
            """
            status:
              phase: Running
              containerStatuses:
              - {name: a, ready: false, restartCount: 0, image: i, imageID: '', state: {waiting: {reason: ErrImagePull}}}
              - {name: b, ready: false, restartCount: 0, image: i, imageID: '', state: {waiting: {reason: ContainerCreating}}}
            """,
            "0/1", "ErrImagePull", "0"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Summarize_Case_MatchesUpstreamCells(string name, string yaml, string ready, string status, string restarts)
    {
        Assert.NotEmpty(name);
        var pod = Yaml.Decode<Pod>("v1", "Pod", yaml.Contains("spec:", StringComparison.Ordinal) ? yaml : "spec: {containers: [{name: c}]}\n" + yaml);

        var row = TableConvertor.Default.Convert([pod], Resource.Pods, TableOptions.Default, GoldenTableTests.Now).Rows[0];

        Assert.Equal([ready, status, restarts], row.Cells.Skip(1).Take(3).Select(c => c.GetString()));
    }

    [Theory]
    [InlineData("Running", "{running: {}}", "Terminating")]
    [InlineData("Succeeded", "{terminated: {exitCode: 0, reason: Completed}}", "Completed")]
    [InlineData("Failed", "{terminated: {exitCode: 1, reason: Error}}", "Error")]
    public void Summarize_DeletedPod_IsTerminatingUnlessFinished(string phase, string state, string expected)
    {
        var pod = Yaml.Decode<Pod>("v1", "Pod",
            "spec: {containers: [{name: c}]}\n" +
            "status: {phase: " + phase + ", containerStatuses: [{name: c, ready: false, restartCount: 0, image: i, imageID: '', state: " + state + "}]}");
        pod.Metadata.DeletionTimestamp = GoldenTableTests.Now;

        Assert.Equal(expected, Pods.Summarize(pod).Reason);
    }

    [Fact]
    public void Summarize_DeletedPodOnLostNode_IsUnknown()
    {
        var pod = Yaml.Decode<Pod>("v1", "Pod", "spec: {containers: [{name: c}]}\nstatus: {phase: Running, reason: NodeLost}");
        pod.Metadata.DeletionTimestamp = GoldenTableTests.Now;

        Assert.Equal("Unknown", Pods.Summarize(pod).Reason);
    }

    [Theory]
    [InlineData("Succeeded", "The pod has completed successfully.")]
    [InlineData("Failed", "The pod failed.")]
    public void Print_FinishedPod_HasCompletedRowCondition(string phase, string message)
    {
        var pod = Yaml.Decode<Pod>("v1", "Pod", $"spec: {{containers: [{{name: c}}]}}\nstatus: {{phase: {phase}}}");

        var condition = Assert.Single(TableConvertor.Default.Convert([pod], Resource.Pods, TableOptions.Default, GoldenTableTests.Now).Rows[0].Conditions!);

        Assert.Equal(("Completed", "True", phase, message), (condition.Type, condition.Status, condition.Reason, condition.Message));
    }

    [Fact]
    public void Print_RunningPod_HasNoRowConditions()
    {
        var pod = Yaml.Decode<Pod>("v1", "Pod", "spec: {containers: [{name: c}]}\nstatus: {phase: Running}");

        Assert.Null(TableConvertor.Default.Convert([pod], Resource.Pods, TableOptions.Default, GoldenTableTests.Now).Rows[0].Conditions);
    }
}
