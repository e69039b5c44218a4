using System.Text.Json;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Tests.Patching;

// Small stand-ins for the API types, tagged as upstream tags the real ones.

internal sealed class TestPod
{
    public string? Kind { get; set; }

    public TestMeta Metadata { get; set; } = new();

    public TestPodSpec Spec { get; set; } = new();
}

internal sealed class TestMeta
{
    public string? Name { get; set; }

    public Dictionary<string, string>? Labels { get; set; }

    [PatchStrategy("merge")]
    [PatchMergeKey("uid")]
    public List<TestOwnerReference>? OwnerReferences { get; set; }

    [PatchStrategy("merge")]
    public List<string>? Finalizers { get; set; }
}

internal sealed class TestOwnerReference
{
    public string Uid { get; set; } = "";

    public string? Name { get; set; }
}

internal sealed class TestPodSpec
{
    [PatchStrategy("merge")]
    [PatchMergeKey("name")]
    public List<TestContainer>? Containers { get; set; }

    [PatchStrategy("merge,retainKeys")]
    [PatchMergeKey("name")]
    public List<TestVolume>? Volumes { get; set; }

    public List<TestToleration>? Tolerations { get; set; }

    [PatchStrategy("retainKeys")]
    public TestStrategy? Strategy { get; set; }

    public JsonElement? Extra { get; set; }

    [PatchStrategy("replace")]
    public TestStrategy? Replaced { get; set; }

    [PatchStrategy("merge")]
    public List<int>? Numbers { get; set; }
}

internal sealed class TestContainer
{
    public string Name { get; set; } = "";

    public string? Image { get; set; }

    public List<string>? Args { get; set; }

    [PatchStrategy("merge")]
    [PatchMergeKey("containerPort")]
    public List<TestPort>? Ports { get; set; }

    [PatchStrategy("merge")]
    [PatchMergeKey("name")]
    public List<TestEnvVar>? Env { get; set; }

    [PatchStrategy("merge")]
    [PatchMergeKey("mountPath")]
    public List<TestVolumeMount>? VolumeMounts { get; set; }
}

internal sealed class TestPort
{
    public int ContainerPort { get; set; }

    public string? Protocol { get; set; }

    public string? Name { get; set; }
}

internal sealed class TestEnvVar
{
    public string Name { get; set; } = "";

    public string? Value { get; set; }
}

internal sealed class TestVolumeMount
{
    public string MountPath { get; set; } = "";

    public string? Name { get; set; }

    public bool? ReadOnly { get; set; }
}

internal sealed class TestVolume
{
    public string Name { get; set; } = "";

    public JsonElement? EmptyDir { get; set; }

    public TestHostPath? HostPath { get; set; }
}

internal sealed class TestHostPath
{
    public string Path { get; set; } = "";
}

internal sealed class TestToleration
{
    public string? Key { get; set; }

    public string? Effect { get; set; }
}

internal sealed class TestStrategy
{
    public string? Type { get; set; }

    public TestRollingUpdate? RollingUpdate { get; set; }
}

internal sealed class TestRollingUpdate
{
    public string? MaxSurge { get; set; }

    public string? MaxUnavailable { get; set; }
}
