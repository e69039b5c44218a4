using System.Text;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Values;
using Dotkube.Kubelet.Pods;
using Dotkube.Kubelet.Volumes;

namespace Dotkube.Kubelet.Tests.Pods;

/// <summary>Env resolution as upstream's makeEnvironmentVariables: sources, precedence, optional, and the exact errors.</summary>
public sealed class ContainerEnvTests
{
    private static readonly PodObjects Objects = new(
        new Dictionary<string, ConfigMap?> { ["cfg"] = new() { Data = new() { ["color"] = "blue", ["size"] = "L" } } },
        new Dictionary<string, Secret?> { ["creds"] = new() { Data = new() { ["password"] = Encoding.UTF8.GetBytes("s3cret") } } });

    public static TheoryData<string, EnvVar, string?> Cases => new()
    {
        { "configMapKeyRef", ConfigMapKey("cfg", "color"), "blue" },
        { "secretKeyRef", SecretKey("creds", "password"), "s3cret" },
        { "optional missing key is left out", ConfigMapKey("cfg", "nope", optional: true), null },
        { "optional missing object is left out", SecretKey("gone", "x", optional: true), null },
        { "fieldRef", new EnvVar { Name = "V", ValueFrom = new EnvVarSource { FieldRef = new ObjectFieldSelector { FieldPath = "status.podIP" } } }, "10.1.2.3" },
        { "fieldRef labels", new EnvVar { Name = "V", ValueFrom = new EnvVarSource { FieldRef = new ObjectFieldSelector { FieldPath = "metadata.labels" } } }, "app=\"web\"" },
        { "resourceFieldRef with divisor", Resource("limits.memory", "1Mi"), "64" },
        { "resourceFieldRef defaults to allocatable", Resource("limits.cpu", "1m"), "2000" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Values_come_from_their_source(string name, EnvVar variable, string? expected)
    {
        var env = ContainerEnv.For(Pod(variable), Pod(variable).Spec.Containers[0], ["10.1.2.3"], ["192.168.0.1"], Sources());
        Assert.True(expected == env.SingleOrDefault(v => v.Key == "V").Value, $"{name}: got {env.SingleOrDefault(v => v.Key == "V").Value}");
    }

    [Theory]
    [InlineData("missing key", "cfg", "nope", "couldn't find key nope in ConfigMap default/cfg")]
    [InlineData("missing configmap", "absent", "x", "configmap \"absent\" not found")]
    public void A_missing_ConfigMap_key_or_object_fails_with_upstreams_message(string name, string configMap, string key, string error)
    {
        var pod = Pod(ConfigMapKey(configMap, key));
        var e = Assert.Throws<ContainerConfigException>(() => ContainerEnv.For(pod, pod.Spec.Containers[0], [], [], Sources()));
        Assert.True(error == e.Message, name);
    }

    [Theory]
    [InlineData("creds", "nope", "couldn't find key nope in Secret default/creds")]
    [InlineData("absent", "x", "secret \"absent\" not found")]
    public void A_missing_Secret_key_or_object_fails_with_upstreams_message(string secret, string key, string error)
    {
        var pod = Pod(SecretKey(secret, key));
        Assert.Equal(error, Assert.Throws<ContainerConfigException>(() => ContainerEnv.For(pod, pod.Spec.Containers[0], [], [], Sources())).Message);
    }

    [Fact]
    public void EnvFrom_comes_first_with_its_prefix_env_wins_and_expands_against_both()
    {
        var pod = Pod(new EnvVar { Name = "CFG_color", Value = "red" }, new EnvVar { Name = "BOTH", Value = "$(CFG_size)-$(PASSWORD)-$(NOPE)" });
        pod.Spec.Containers[0].EnvFrom =
        [
            new EnvFromSource { Prefix = "CFG_", ConfigMapRef = new ConfigMapEnvSource { Name = "cfg" } },
            new EnvFromSource { SecretRef = new SecretEnvSource { Name = "creds" } },
            new EnvFromSource { ConfigMapRef = new ConfigMapEnvSource { Name = "absent", Optional = true } },
        ];
        var env = ContainerEnv.For(pod, pod.Spec.Containers[0], [], [], Sources()).ToDictionary(v => v.Key, v => v.Value);
        Assert.Equal("red", env["CFG_color"]);
        Assert.Equal("L", env["CFG_size"]);
        Assert.Equal("s3cret", env["password"]);
        Assert.Equal("L-$(PASSWORD)-$(NOPE)", env["BOTH"]);
    }

    [Fact]
    public void A_missing_envFrom_object_fails_unless_optional()
    {
        var pod = Pod();
        pod.Spec.Containers[0].EnvFrom = [new EnvFromSource { SecretRef = new SecretEnvSource { Name = "absent" } }];
        Assert.Equal("secret \"absent\" not found", Assert.Throws<ContainerConfigException>(() => ContainerEnv.For(pod, pod.Spec.Containers[0], [], [], Sources())).Message);
    }

    [Fact]
    public void EnvFrom_keys_that_are_no_variable_names_are_skipped_with_an_event()
    {
        var objects = new PodObjects(new Dictionary<string, ConfigMap?> { ["odd"] = new() { Data = new() { ["ok"] = "1", ["a=b"] = "2" } } },
            new Dictionary<string, Secret?>());
        var warnings = new List<(string, string)>();
        var pod = Pod();
        pod.Spec.Containers[0].EnvFrom = [new EnvFromSource { ConfigMapRef = new ConfigMapEnvSource { Name = "odd" } }];
        var env = ContainerEnv.For(pod, pod.Spec.Containers[0], [], [], new ContainerSources { Objects = objects, Warn = (r, m) => warnings.Add((r, m)) });
        Assert.Equal(["ok"], env.Select(v => v.Key));
        Assert.Equal(("InvalidEnvironmentVariableNames",
            "Keys [a=b] from the EnvFrom configMap default/odd were skipped since they are considered invalid environment variable names."), Assert.Single(warnings));
    }

    [Fact]
    public void Service_links_come_last_and_fill_in_references_to_variables_not_yet_declared_but_never_override_the_containers_own()
    {
        var pod = Pod(new EnvVar { Name = "URL", Value = "http://$(DB_SERVICE_HOST):$(DB_SERVICE_PORT)" }, new EnvVar { Name = "DB_SERVICE_PORT", Value = "mine" });
        var services = new List<Service> { ServiceEnvVarsTests.Service("default", "db", "10.43.0.7", 5432) };
        var env = ContainerEnv.For(pod, pod.Spec.Containers[0], [], [], Sources(services));
        var values = env.ToDictionary(v => v.Key, v => v.Value);
        Assert.Equal("http://10.43.0.7:5432", values["URL"]); // DB_SERVICE_PORT of the container is declared later
        Assert.Equal("mine", values["DB_SERVICE_PORT"]);
        Assert.Equal("10.43.0.7", values["DB_SERVICE_HOST"]);
        Assert.Equal(1, env.Count(v => v.Key == "DB_SERVICE_PORT"));
        Assert.Equal(["URL", "DB_SERVICE_PORT", "DB_SERVICE_HOST"], env.Take(3).Select(v => v.Key));
    }

    private static ContainerSources Sources(List<Service>? services = null) => new()
    {
        Objects = Objects,
        Services = services ?? [],
        Allocatable = new Dictionary<string, Quantity> { ["cpu"] = Quantity.Parse("2"), ["memory"] = Quantity.Parse("4Gi") },
    };

    private static Pod Pod(params EnvVar[] env) => new()
    {
        Metadata = new ObjectMeta { Name = "web", Namespace = "default", Labels = new() { ["app"] = "web" } },
        Spec = new PodSpec
        {
            Containers =
            [
                new Container
                {
                    Name = "main",
                    Env = [.. env],
                    Resources = new ResourceRequirements { Limits = new() { ["memory"] = Quantity.Parse("64Mi") } },
                },
            ],
        },
    };

    private static EnvVar ConfigMapKey(string name, string key, bool optional = false) => new()
    {
        Name = "V",
        ValueFrom = new EnvVarSource { ConfigMapKeyRef = new ConfigMapKeySelector { Name = name, Key = key, Optional = optional } },
    };

    private static EnvVar SecretKey(string name, string key, bool optional = false) => new()
    {
        Name = "V",
        ValueFrom = new EnvVarSource { SecretKeyRef = new SecretKeySelector { Name = name, Key = key, Optional = optional } },
    };

    private static EnvVar Resource(string resource, string divisor) => new()
    {
        Name = "V",
        ValueFrom = new EnvVarSource { ResourceFieldRef = new ResourceFieldSelector { Resource = resource, Divisor = Quantity.Parse(divisor) } },
    };
}
