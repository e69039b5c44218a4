using Dotkube.Cli;
using Dotkube.Controllers;

namespace Dotkube.Tests.Cli;

public sealed class ControllerManagerArgsTests
{
    [Theory]
    [InlineData("40s", 40_000)]
    [InlineData("1m30s", 90_000)]
    [InlineData("500ms", 500)]
    [InlineData("1.5h", 5_400_000)]
    public void Go_durations_parse_as_kube_controller_manager_reads_them(string text, int milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), ControllerManagerArgs.GoDuration("flag", text));

    [Theory]
    [InlineData("")]
    [InlineData("40")]
    [InlineData("4 s")]
    [InlineData("s")]
    public void Text_that_is_not_a_go_duration_is_rejected(string text) =>
        Assert.Throws<ArgumentException>(() => ControllerManagerArgs.GoDuration("flag", text));

    [Fact]
    public void Flags_override_the_defaults_and_controllers_with_a_minus_are_disabled()
    {
        var options = ControllerManagerArgs.Apply(new ControllerManagerOptions(),
            ["node-monitor-grace-period=8s", "--node-monitor-period=1s", "node-eviction-rate=2", "controllers=*,-nodeipam,podgc"]);

        Assert.Equal(TimeSpan.FromSeconds(8), options.NodeMonitorGracePeriod);
        Assert.Equal(TimeSpan.FromSeconds(1), options.NodeMonitorPeriod);
        Assert.Equal(2, options.NodeEvictionRate);
        Assert.Equal(["nodeipam"], options.Disabled);
    }

    [Theory]
    [InlineData("no-equals-sign")]
    [InlineData("unknown-flag=1")]
    [InlineData("node-eviction-rate=-1")]
    [InlineData("node-cidr-mask-size=8")]
    public void Bad_flags_are_errors_not_ignored(string arg) =>
        Assert.Throws<ArgumentException>(() => ControllerManagerArgs.Apply(new ControllerManagerOptions(), [arg]));
}

public sealed class ApiServerArgsTests
{
    [Fact]
    public void Toleration_defaults_and_event_ttl_are_set_from_kube_apiserver_flags()
    {
        var options = new Dotkube.ApiServer.ApiServerOptions();

        ApiServerArgs.Apply(options, ["default-not-ready-toleration-seconds=7", "--default-unreachable-toleration-seconds=5", "event-ttl=2h"]);

        Assert.Equal(7, options.DefaultNotReadyTolerationSeconds);
        Assert.Equal(5, options.DefaultUnreachableTolerationSeconds);
        Assert.Equal(TimeSpan.FromHours(2), options.EventTtl);
    }

    [Fact]
    public void Admission_plugins_are_switched_off_and_on_by_kube_apiserver_names()
    {
        var options = new Dotkube.ApiServer.ApiServerOptions();
        Assert.Contains("ServiceAccount", options.EnabledAdmissionPlugins);

        ApiServerArgs.Apply(options, ["disable-admission-plugins=ServiceAccount,Priority"]);
        Assert.DoesNotContain("ServiceAccount", options.EnabledAdmissionPlugins);
        Assert.DoesNotContain("Priority", options.EnabledAdmissionPlugins);

        ApiServerArgs.Apply(options, ["enable-admission-plugins=Priority"]);
        Assert.Contains("Priority", options.EnabledAdmissionPlugins);
    }

    [Fact]
    public void Service_account_issuer_and_api_audiences_are_set_from_kube_apiserver_flags()
    {
        var options = new Dotkube.ApiServer.ApiServerOptions();
        Assert.Equal(["https://kubernetes.default.svc.cluster.local"], options.EffectiveApiAudiences);

        ApiServerArgs.Apply(options, ["service-account-issuer=https://issuer.example", "api-audiences=a,b"]);

        Assert.Equal("https://issuer.example", options.ServiceAccountIssuer);
        Assert.Equal(["a", "b"], options.EffectiveApiAudiences);
    }

    [Theory]
    [InlineData("disable-admission-plugins=AlwaysPullImages")]
    [InlineData("default-unreachable-toleration-seconds=-1")]
    [InlineData("default-unreachable-toleration-seconds=soon")]
    [InlineData("authorization-mode=RBAC")]
    [InlineData("event-ttl")]
    public void Bad_or_unsupported_flags_are_errors(string arg) =>
        Assert.Throws<ArgumentException>(() => ApiServerArgs.Apply(new Dotkube.ApiServer.ApiServerOptions(), [arg]));
}
