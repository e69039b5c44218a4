using System.Globalization;
using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Values;
using Dotkube.Controllers.Deployments;

namespace Dotkube.Controllers.Tests.Deployments;

/// <summary>Builders for the Deployments and ReplicaSets the tests work with.</summary>
internal static class Objects
{
    public static readonly DateTimeOffset Epoch = new(2024, 5, 1, 10, 0, 0, TimeSpan.Zero);

    public static Deployment NewDeployment(string name = "web", int replicas = 3, string image = "nginx:1",
        IntOrString? maxSurge = null, IntOrString? maxUnavailable = null, string strategy = DeploymentStrategyType.RollingUpdate)
    {
        var d = new Deployment
        {
            Metadata = new ObjectMeta { Name = name },
            Spec = new DeploymentSpec
            {
                Replicas = replicas,
                Selector = new LabelSelector { MatchLabels = new() { ["app"] = name } },
                Template = NewTemplate(name, image),
                Strategy = new DeploymentStrategy { Type = strategy },
                RevisionHistoryLimit = 10,
                ProgressDeadlineSeconds = 600,
            },
        };
        if (strategy == DeploymentStrategyType.RollingUpdate)
            d.Spec.Strategy.RollingUpdate = new RollingUpdateDeployment { MaxSurge = maxSurge ?? "25%", MaxUnavailable = maxUnavailable ?? "25%" };
        return d;
    }

    public static PodTemplateSpec NewTemplate(string app, string image) => new()
    {
        Metadata = new ObjectMeta { Labels = new() { ["app"] = app } },
        Spec = new PodSpec { Containers = [new Container { Name = "app", Image = image }] },
    };

    /// <summary>A ReplicaSet created <paramref name="age"/> seconds after <see cref="Epoch"/>, with status showing <paramref name="available"/> of its replicas available.</summary>
    public static ReplicaSet NewReplicaSet(string name, int replicas, int? available = null, int age = 0, int? maxReplicas = null,
        int? desiredReplicas = null, long? revision = null)
    {
        var rs = new ReplicaSet
        {
            Metadata = new ObjectMeta { Name = name, Uid = "uid-" + name, CreationTimestamp = Epoch.AddSeconds(age), Annotations = [] },
            Spec = new ReplicaSetSpec { Replicas = replicas, Template = NewTemplate("web", "image-of-" + name) },
            Status = new ReplicaSetStatus { Replicas = replicas, ReadyReplicas = available ?? replicas, AvailableReplicas = available ?? replicas },
        };
        if (maxReplicas is { } max)
            rs.Metadata.Annotations[DeploymentAnnotations.MaxReplicas] = max.ToString(CultureInfo.InvariantCulture);
        if (desiredReplicas is { } desired)
            rs.Metadata.Annotations[DeploymentAnnotations.DesiredReplicas] = desired.ToString(CultureInfo.InvariantCulture);
        if (revision is { } r)
            rs.Metadata.Annotations[DeploymentAnnotations.Revision] = r.ToString(CultureInfo.InvariantCulture);
        return rs;
    }
}
