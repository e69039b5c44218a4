using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;

namespace Dotkube.Client.Tests.Support;

/// <summary>Builders for the objects integration tests create.</summary>
public static class TestObjects
{
    public static ConfigMap ConfigMap(string ns, string name, Dictionary<string, string>? labels = null, Dictionary<string, string>? data = null) =>
        new()
        {
            Metadata = new ObjectMeta { Name = name, Namespace = ns, Labels = labels },
            Data = data,
        };

    public static Deployment Deployment(string ns, string name, int replicas = 1)
    {
        var labels = new Dictionary<string, string> { ["app"] = name };
        return new Deployment
        {
            Metadata = new ObjectMeta { Name = name, Namespace = ns },
            Spec = new DeploymentSpec
            {
                Replicas = replicas,
                Selector = new LabelSelector { MatchLabels = labels },
                Template = new PodTemplateSpec
                {
                    Metadata = new ObjectMeta { Labels = labels },
                    Spec = new PodSpec { Containers = [new Container { Name = "web", Image = "nginx" }] },
                },
            },
        };
    }

    public static Pod Pod(string ns, string name) =>
        new()
        {
            Metadata = new ObjectMeta { Name = name, Namespace = ns },
            Spec = new PodSpec { Containers = [new Container { Name = "web", Image = "nginx" }] },
        };
}
