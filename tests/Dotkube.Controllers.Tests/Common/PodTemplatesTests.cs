using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Controllers.Common;

namespace Dotkube.Controllers.Tests.Common;

public sealed class PodTemplatesTests
{
    [Fact]
    public void A_pod_from_a_template_copies_its_metadata_and_spec_and_names_its_owner()
    {
        var owner = new Api.Apps.V1.ReplicaSet { Metadata = new ObjectMeta { Name = "web", Namespace = "prod", Uid = "u1" } };
        var template = new PodTemplateSpec
        {
            Metadata = new ObjectMeta
            {
                Labels = new() { ["app"] = "web" },
                Annotations = new() { ["note"] = "x" },
                Finalizers = ["f"],
            },
            Spec = new PodSpec { Containers = [new Container { Name = "c", Image = "nginx" }] },
        };

        var pod = PodTemplates.FromTemplate(template, owner, Owners.ControllerRef(owner, "apps/v1", "ReplicaSet"));

        Assert.Equal("web-", pod.Metadata.GenerateName);
        Assert.Equal("prod", pod.Metadata.Namespace);
        Assert.Equal("web", pod.Metadata.Labels!["app"]);
        Assert.Equal("x", pod.Metadata.Annotations!["note"]);
        Assert.Equal(["f"], pod.Metadata.Finalizers!);
        var reference = Assert.Single(pod.Metadata.OwnerReferences!);
        Assert.Equal(("apps/v1", "ReplicaSet", "web", "u1", true, true),
            (reference.ApiVersion, reference.Kind, reference.Name, reference.Uid, reference.Controller, reference.BlockOwnerDeletion));
        Assert.Equal("nginx", pod.Spec.Containers[0].Image);

        // The template may be a shared cache object: the pod must not alias it.
        pod.Metadata.Labels["app"] = "changed";
        pod.Spec.Containers[0].Image = "changed";
        Assert.Equal("web", template.Metadata.Labels["app"]);
        Assert.Equal("nginx", template.Spec.Containers[0].Image);
    }

    [Fact]
    public void An_owner_name_too_long_for_a_dash_is_the_prefix_itself()
    {
        var name = new string('a', 253);

        Assert.Equal(name, PodTemplates.NamePrefix(name));
        Assert.Equal("short-", PodTemplates.NamePrefix("short"));
    }
}
