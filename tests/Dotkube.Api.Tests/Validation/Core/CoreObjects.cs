using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;

namespace Dotkube.Api.Tests.Validation.Core;

/// <summary>Valid baseline objects; each test mutates one field away from valid.</summary>
internal static class CoreObjects
{
    public const string LabelMessage =
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character " +
        "(e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

    public static PodSpec Spec() => new()
    {
        Containers =
        [
            new Container
            {
                Name = "web",
                Image = "nginx:1.27",
                Ports = [new ContainerPort { Name = "http", Port = 80 }],
                VolumeMounts = [new VolumeMount { Name = "data", MountPath = "/data" }],
            },
        ],
        Volumes = [new Volume { Name = "data", EmptyDir = new EmptyDirVolumeSource() }],
    };

    public static Pod Pod() => new() { Metadata = new ObjectMeta { Name = "web", Namespace = "default", Labels = new() { ["app"] = "web" } }, Spec = Spec() };

    public static ObjectMeta Meta(string name = "x") => new() { Name = name, Namespace = "default" };
}
