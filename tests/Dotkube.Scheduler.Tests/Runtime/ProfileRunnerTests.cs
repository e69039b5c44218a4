using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Profiles;
using Dotkube.Scheduler.Runtime;
using Dotkube.Scheduler.Tests.Scheduling;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dotkube.Scheduler.Tests.Runtime;

public sealed class ProfileRunnerTests
{
    private static readonly Dictionary<string, PluginFactory> Registry = new()
    {
        ["A"] = (_, _) => new Everything("A"),
        ["B"] = (_, _) => new Everything("B"),
        ["C"] = (_, _) => new Everything("C"),
        [LabelFilter.PluginName] = (args, _) => new LabelFilter(args),
    };

    private static ProfileRunner Build(params (string Point, PluginSet Set)[] sets) =>
        new(new SchedulerProfile { Plugins = sets.ToDictionary(s => s.Point, s => s.Set) }, Registry, null!, NullLogger.Instance);

    private static PluginSet Enabled(params PluginRef[] plugins) => new() { Enabled = plugins };

    [Fact]
    public void Plugins_missing_from_the_registry_are_skipped()
    {
        var runner = Build((ExtensionPoints.MultiPoint, Enabled(new("A"), new("NodeResourcesFit"), new("B"))));

        Assert.Equal(["A", "B"], runner.Filter.Select(p => p.Name));
        Assert.False(runner.Plugins.ContainsKey("NodeResourcesFit"));
    }

    [Fact]
    public void A_plugin_named_at_a_point_and_in_multi_point_comes_first_with_the_points_weight()
    {
        var runner = Build(
            (ExtensionPoints.MultiPoint, Enabled(new("A", 2), new("B", 3))),
            (ExtensionPoints.Score, Enabled(new("C", 4), new("B", 7))));

        Assert.Equal(["B", "A", "C"], runner.Score.Select(p => p.Name));
        Assert.Equal((2, 7, 4), (runner.WeightOf("A"), runner.WeightOf("B"), runner.WeightOf("C")));
    }

    [Fact]
    public void A_point_can_disable_a_multi_point_plugin()
    {
        var runner = Build(
            (ExtensionPoints.MultiPoint, Enabled(new("A"), new("B"))),
            (ExtensionPoints.Filter, new PluginSet { Disabled = ["A"] }));

        Assert.Equal(["B"], runner.Filter.Select(p => p.Name));
        Assert.Equal(["A", "B"], runner.PreFilter.Select(p => p.Name));
    }

    [Fact]
    public void A_plugin_named_at_a_point_it_does_not_implement_is_an_error() =>
        Assert.Throws<InvalidOperationException>(() => Build((ExtensionPoints.Score, Enabled(new PluginRef(LabelFilter.PluginName)))));

    [Fact]
    public void Without_a_queue_sort_plugin_priority_sort_is_used() =>
        Assert.Equal("PrioritySort", Build().QueueSort.Name);
}
