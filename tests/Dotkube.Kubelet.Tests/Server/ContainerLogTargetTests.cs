using Dotkube.Api.Core.V1;
using Dotkube.Kubelet.Server;

namespace Dotkube.Kubelet.Tests.Server;

public sealed class ContainerLogTargetTests
{
    private static readonly ContainerState Running = new() { Running = new ContainerStateRunning() };
    private static readonly ContainerState CrashLoop = new() { Waiting = new ContainerStateWaiting { Reason = "CrashLoopBackOff" } };
    private static readonly ContainerState Creating = new() { Waiting = new ContainerStateWaiting { Reason = "ContainerCreating" } };

    public static TheoryData<string, ContainerStatus, bool, string> Resolved => new()
    {
        { "the running instance", Status(Running, "containerd://now"), false, "now" },
        { "the last instance of a crash-looping container", Status(CrashLoop, null, Ended("containerd://before")), false, "before" },
        { "the last instance when asked for the previous one", Status(Running, "containerd://now", Ended("containerd://before")), true, "before" },
        { "a terminated instance", Status(new ContainerState { Terminated = new ContainerStateTerminated { ContainerID = "containerd://done" } }, "containerd://done"), false, "done" },
        {
            "the last instance when the terminated one has no id",
            Status(new ContainerState { Terminated = new ContainerStateTerminated() }, null, Ended("containerd://before")), false, "before"
        },
    };

    public static TheoryData<string, ContainerStatus?, bool, string> Refused => new()
    {
        { "no status yet", null, false, "container \"app\" in pod \"web\" is not available" },
        { "still being created", Status(Creating, null), false, "container \"app\" in pod \"web\" is waiting to start: ContainerCreating" },
        {
            "an image that cannot be pulled",
            Status(new ContainerState { Waiting = new ContainerStateWaiting { Reason = "ErrImagePull" } }, null), false,
            "container \"app\" in pod \"web\" is waiting to start: image can't be pulled"
        },
        {
            "an image in back-off",
            Status(new ContainerState { Waiting = new ContainerStateWaiting { Reason = "ImagePullBackOff" } }, null), false,
            "container \"app\" in pod \"web\" is waiting to start: trying and failing to pull image"
        },
        { "no previous instance", Status(Running, "containerd://now"), true, "previous terminated container \"app\" in pod \"web\" not found" },
        { "no state at all", Status(new ContainerState(), null), false, "container \"app\" in pod \"web\" is waiting to start - no logs yet" },
        { "terminated without any id", Status(new ContainerState { Terminated = new ContainerStateTerminated() }, null), false, "container \"app\" in pod \"web\" is terminated" },
    };

    [Theory]
    [MemberData(nameof(Resolved))]
    public void The_instance_to_read_follows_upstream(string name, ContainerStatus status, bool previous, string id)
    {
        Assert.NotEmpty(name);
        Assert.Equal(id, ContainerLogTarget.Resolve(new PodStatus { ContainerStatuses = [status] }, "web", "app", previous));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_container_without_logs_says_why_in_upstream_words(string name, ContainerStatus? status, bool previous, string message)
    {
        Assert.NotEmpty(name);
        var pod = new PodStatus { ContainerStatuses = status is null ? [] : [status] };
        var error = Assert.Throws<ContainerLogException>(() => ContainerLogTarget.Resolve(pod, "web", "app", previous));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Init_containers_are_found_too()
    {
        var status = new PodStatus { InitContainerStatuses = [Status(Running, "containerd://init")] };
        Assert.Equal("init", ContainerLogTarget.Resolve(status, "web", "app", previous: false));
    }

    private static ContainerStatus Status(ContainerState state, string? id, ContainerStateTerminated? last = null) => new()
    {
        Name = "app",
        State = state,
        ContainerID = id,
        LastTerminationState = new ContainerState { Terminated = last },
    };

    private static ContainerStateTerminated Ended(string id) => new() { ContainerID = id, ExitCode = 1, Reason = "Error" };
}
