using Dotkube.Api.Core.V1;
using Dotkube.Controllers.Namespaces;

namespace Dotkube.Controllers.Tests.Namespaces;

public sealed class NamespaceConditionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Without_problems_all_five_conditions_are_false_with_their_ok_reasons()
    {
        var status = new NamespaceStatus();
        Assert.True(new NamespaceConditions().ApplyTo(status, Now));
        Assert.Equal(
            ["ResourcesDiscovered", "ParsedGroupVersions", "ContentDeleted", "ContentRemoved", "ContentHasNoFinalizers"],
            status.Conditions!.Select(c => c.Reason));
        Assert.All(status.Conditions!, c => Assert.Equal("False", c.Status));
    }

    [Fact]
    public void Remaining_content_is_listed_sorted_with_upstream_messages()
    {
        var conditions = new NamespaceConditions();
        conditions.ContentRemaining(new Dictionary<string, int> { ["pods"] = 2, ["deployments.apps"] = 1 },
            new Dictionary<string, int> { ["z.io/b"] = 1, ["a.io/a"] = 2 });
        var status = new NamespaceStatus();
        conditions.ApplyTo(status, Now);

        var byType = status.Conditions!.ToDictionary(c => c.Type);
        Assert.Equal("Some resources are remaining: deployments.apps has 1 resource instances, pods has 2 resource instances",
            byType[NamespaceConditionType.ContentRemaining].Message);
        Assert.Equal("Some content in the namespace has finalizers remaining: a.io/a in 2 resource instances, z.io/b in 1 resource instances",
            byType[NamespaceConditionType.FinalizersRemaining].Message);
    }

    [Fact]
    public void Failures_are_reported_and_an_unchanged_report_changes_nothing()
    {
        NamespaceConditions Failing()
        {
            var c = new NamespaceConditions();
            c.DiscoveryFailed(1, "unable to retrieve the complete list of server APIs: x/v1: boom");
            c.DeleteContentFailed("b failed");
            c.DeleteContentFailed("a failed");
            return c;
        }

        var status = new NamespaceStatus();
        Failing().ApplyTo(status, Now);
        var byType = status.Conditions!.ToDictionary(c => c.Type);
        Assert.Equal("DiscoveryFailed", byType[NamespaceConditionType.DeletionDiscoveryFailure].Reason);
        Assert.Equal("Discovery failed for some groups, 1 failing: unable to retrieve the complete list of server APIs: x/v1: boom",
            byType[NamespaceConditionType.DeletionDiscoveryFailure].Message);
        Assert.Equal("Failed to delete all resource types, 2 remaining: a failed, b failed", byType[NamespaceConditionType.DeletionContentFailure].Message);
        Assert.Equal("ContentDeletionFailed", byType[NamespaceConditionType.DeletionContentFailure].Reason);

        Assert.False(Failing().ApplyTo(status, Now.AddMinutes(1)));
        Assert.True(new NamespaceConditions().ApplyTo(status, Now.AddMinutes(2)));
        Assert.Equal(Now.AddMinutes(2), status.Conditions!.Single(c => c.Type == NamespaceConditionType.DeletionDiscoveryFailure).LastTransitionTime);
    }
}
