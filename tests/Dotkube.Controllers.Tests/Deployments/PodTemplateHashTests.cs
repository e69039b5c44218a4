using Dotkube.Api.Apps.V1;
using Dotkube.Controllers.Deployments;
using static Dotkube.Controllers.Tests.Deployments.Objects;

namespace Dotkube.Controllers.Tests.Deployments;

public sealed class PodTemplateHashTests
{
    [Fact]
    public void The_hash_is_stable_for_equal_templates_whatever_the_label_order()
    {
        var a = NewTemplate("web", "nginx:1");
        a.Metadata.Labels!["tier"] = "front";
        var b = NewTemplate("web", "nginx:1");
        b.Metadata.Labels = new() { ["tier"] = "front", ["app"] = "web" };

        Assert.Equal(PodTemplateHash.Compute(a, null), PodTemplateHash.Compute(b, null));
        Assert.Equal(PodTemplateHash.Compute(a, 2), PodTemplateHash.Compute(b, 2));
    }

    [Fact]
    public void Another_template_or_collision_count_gives_another_hash()
    {
        var template = NewTemplate("web", "nginx:1");
        var hashes = new[]
        {
            PodTemplateHash.Compute(template, null),
            PodTemplateHash.Compute(NewTemplate("web", "nginx:2"), null),
            PodTemplateHash.Compute(template, 0),
            PodTemplateHash.Compute(template, 1),
        };

        Assert.Equal(hashes.Length, hashes.Distinct().Count());
    }

    [Fact]
    public void The_hash_uses_only_the_safe_alphabet()
    {
        var hash = PodTemplateHash.Compute(NewTemplate("web", "nginx:1"), null);

        Assert.InRange(hash.Length, 1, 10);
        Assert.All(hash, c => Assert.Contains(c, "bcdfghjklmnpqrstvwxz2456789"));
    }

    [Fact]
    public void Safe_encoding_maps_each_character_by_its_code_modulo_the_alphabet()
    {
        // '0' is 48, 48 % 27 = 21 -> '4'; '9' is 57, 57 % 27 = 3 -> 'f'.
        Assert.Equal("4f", PodTemplateHash.SafeEncode("09"));
    }

    [Fact]
    public void Templates_equal_but_for_the_hash_label_are_equal()
    {
        var deploymentTemplate = NewTemplate("web", "nginx:1");
        var replicaSetTemplate = NewTemplate("web", "nginx:1");
        replicaSetTemplate.Metadata.Labels![AppsLabelKeys.PodTemplateHash] = "abc123";
        replicaSetTemplate.Metadata.Annotations = [];

        Assert.True(PodTemplateHash.EqualIgnoreHash(deploymentTemplate, replicaSetTemplate));
        Assert.False(PodTemplateHash.EqualIgnoreHash(deploymentTemplate, NewTemplate("web", "nginx:2")));
    }

    [Fact]
    public void A_restart_annotation_makes_the_template_differ()
    {
        var restarted = NewTemplate("web", "nginx:1");
        restarted.Metadata.Annotations = new() { ["kubectl.kubernetes.io/restartedAt"] = "2024-05-01T10:00:00Z" };

        Assert.False(PodTemplateHash.EqualIgnoreHash(NewTemplate("web", "nginx:1"), restarted));
        Assert.NotEqual(PodTemplateHash.Compute(NewTemplate("web", "nginx:1"), null), PodTemplateHash.Compute(restarted, null));
    }
}
