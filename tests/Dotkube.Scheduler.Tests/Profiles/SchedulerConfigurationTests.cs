using Dotkube.Scheduler.Profiles;

namespace Dotkube.Scheduler.Tests.Profiles;

public sealed class SchedulerConfigurationTests
{
    private const string Header = "apiVersion: kubescheduler.config.k8s.io/v1\nkind: KubeSchedulerConfiguration\n";

    [Fact]
    public void Without_profiles_the_default_scheduler_runs_upstreams_default_plugins()
    {
        var config = SchedulerConfiguration.Parse(Header);

        var profile = Assert.Single(config.Profiles);
        Assert.Equal("default-scheduler", profile.SchedulerName);
        var multiPoint = profile.PluginsAt(ExtensionPoints.MultiPoint).Enabled;
        Assert.Equal("SchedulingGates", multiPoint[0].Name);
        Assert.Equal("DefaultBinder", multiPoint[^1].Name);
        Assert.Equal(3, multiPoint.Single(p => p.Name == "TaintToleration").Weight);
        Assert.Equal(2, multiPoint.Single(p => p.Name == "PodTopologySpread").Weight);
        Assert.Equal((0, 1, 10), (config.PercentageOfNodesToScore, (int)config.PodInitialBackoff.TotalSeconds, (int)config.PodMaxBackoff.TotalSeconds));
    }

    [Fact]
    public void Profiles_disable_and_enable_plugins_over_the_defaults()
    {
        var config = SchedulerConfiguration.Parse(Header + """
            percentageOfNodesToScore: 30
            podMaxBackoffSeconds: 20
            profiles:
            - schedulerName: custom
              percentageOfNodesToScore: 70
              plugins:
                multiPoint:
                  enabled:
                  - name: NodeAffinity
                    weight: 5
                  - name: MyPlugin
                  disabled:
                  - name: ImageLocality
                score:
                  disabled:
                  - name: '*'
              pluginConfig:
              - name: MyPlugin
                args:
                  label: zone
            """);

        var profile = Assert.Single(config.Profiles);
        var multiPoint = profile.PluginsAt(ExtensionPoints.MultiPoint).Enabled;
        Assert.Equal(5, multiPoint.Single(p => p.Name == "NodeAffinity").Weight);
        Assert.Equal(multiPoint.ToList().FindIndex(p => p.Name == "TaintToleration") + 1, multiPoint.ToList().FindIndex(p => p.Name == "NodeAffinity"));
        Assert.Equal("MyPlugin", multiPoint[^1].Name);
        Assert.DoesNotContain(multiPoint, p => p.Name == "ImageLocality");
        Assert.Equal(["*"], profile.PluginsAt(ExtensionPoints.Score).Disabled);
        Assert.Equal("zone", (string?)profile.PluginConfig["MyPlugin"]!["label"]);
        Assert.Equal((30, 70, 20), (config.PercentageOfNodesToScore, profile.PercentageOfNodesToScore, (int)config.PodMaxBackoff.TotalSeconds));
    }

    [Fact]
    public void Disabling_star_on_multi_point_drops_every_default()
    {
        var config = SchedulerConfiguration.Parse(Header + """
            profiles:
            - schedulerName: bare
              plugins:
                multiPoint:
                  enabled: [{name: PrioritySort}, {name: DefaultBinder}]
                  disabled: [{name: '*'}]
            """);

        Assert.Equal(["PrioritySort", "DefaultBinder"], config.Profiles[0].PluginsAt(ExtensionPoints.MultiPoint).Enabled.Select(p => p.Name));
    }

    [Theory]
    [InlineData("apiVersion: kubescheduler.config.k8s.io/v1beta3\nkind: KubeSchedulerConfiguration\n", "apiVersion")]
    [InlineData(Header + "percentageOfNodesToScore: 101\n", "percentageOfNodesToScore")]
    [InlineData(Header + "profiles:\n- schedulerName: a\n- schedulerName: a\n", "duplicate")]
    [InlineData(Header + "profiles:\n- schedulerName: a\n  plugins:\n    filter:\n      enabled:\n      - weight: 1\n", "name")]
    [InlineData(Header + "profiles:\n- pluginConfig:\n  - name: X\n  - name: X\n", "repeated")]
    public void Invalid_configurations_are_rejected(string text, string mention) =>
        Assert.Contains(mention, Assert.Throws<FormatException>(() => SchedulerConfiguration.Parse(text)).Message, StringComparison.Ordinal);
}
