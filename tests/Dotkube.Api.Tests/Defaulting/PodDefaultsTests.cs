using Dotkube.Api.Core.V1;
using static Dotkube.Api.Tests.Defaulting.DefaultingHarness;

namespace Dotkube.Api.Tests.Defaulting;

public class PodDefaultsTests
{
    [Fact]
    public void Apply_MinimalPod_WritesUpstreamDefaults()
    {
        var pod = Defaulted<Pod>("""{"metadata":{"name":"p"},"spec":{"containers":[{"name":"c","image":"nginx:1.27","ports":[{"containerPort":80}]}]}}""");

        AssertJson("""
            {
              "metadata": {"name": "p", "creationTimestamp": null},
              "spec": {
                "containers": [{
                  "name": "c", "image": "nginx:1.27",
                  "ports": [{"containerPort": 80, "protocol": "TCP"}],
                  "resources": {},
                  "terminationMessagePath": "/dev/termination-log",
                  "terminationMessagePolicy": "File",
                  "imagePullPolicy": "IfNotPresent"
                }],
                "restartPolicy": "Always",
                "terminationGracePeriodSeconds": 30,
                "dnsPolicy": "ClusterFirst",
                "securityContext": {},
                "schedulerName": "default-scheduler",
                "enableServiceLinks": true
              },
              "status": {}
            }
            """, pod);
    }

    [Theory]
    [InlineData("nginx", "Always")]
    [InlineData("nginx:latest", "Always")]
    [InlineData("docker.io/library/nginx:latest", "Always")]
    [InlineData("registry.example.com:5000/team/app", "Always")]
    [InlineData("localhost/app", "Always")]
    [InlineData("[fd00::1]:5000/app:v2", "IfNotPresent")]
    [InlineData("[fd00::1]:5000/app", "Always")]
    [InlineData("Registry.Example.com/app:latest", "Always")] // an uppercase domain is allowed
    [InlineData("nginx:1.27", "IfNotPresent")]
    [InlineData("nginx:LATEST", "IfNotPresent")]
    [InlineData("nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "IfNotPresent")]
    [InlineData("nginx:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "Always")]
    [InlineData("nginx:1.27@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "IfNotPresent")]
    [InlineData("nginx:latest@sha256:0123", "IfNotPresent")] // digest too short: unparsable, so no tag
    [InlineData("Nginx", "IfNotPresent")] // uppercase repository: unparsable
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "IfNotPresent")] // an image ID
    [InlineData("", "IfNotPresent")]
    [InlineData(null, "IfNotPresent")]
    public void Apply_ContainerImage_DefaultsPullPolicyByTag(string? image, string expected)
    {
        var pod = new Pod { Spec = { Containers = [new Container { Name = "c", Image = image }] } };

        Dotkube.Api.Defaulting.ObjectDefaults.Apply(pod);

        Assert.Equal(expected, pod.Spec.Containers[0].ImagePullPolicy);
    }

    [Fact]
    public void Apply_ExplicitPullPolicy_IsKept()
    {
        var pod = new Pod { Spec = { Containers = [new Container { Name = "c", Image = "nginx", ImagePullPolicy = PullPolicy.Never }] } };

        Dotkube.Api.Defaulting.ObjectDefaults.Apply(pod);

        Assert.Equal(PullPolicy.Never, pod.Spec.Containers[0].ImagePullPolicy);
    }

    [Fact]
    public void Apply_InitAndEphemeralContainers_GetContainerDefaults()
    {
        var pod = Defaulted<Pod>("""
            {"spec":{"containers":[{"name":"c","image":"a:1"}],
             "initContainers":[{"name":"i","image":"busybox"}],
             "ephemeralContainers":[{"name":"e","image":"debug:2","ports":[{"containerPort":1}]}]}}
            """);

        var init = pod.Spec.InitContainers![0];
        var ephemeral = pod.Spec.EphemeralContainers![0];
        Assert.Equal((PullPolicy.Always, "/dev/termination-log", "File"), (init.ImagePullPolicy, init.TerminationMessagePath, init.TerminationMessagePolicy));
        Assert.Equal((PullPolicy.IfNotPresent, "/dev/termination-log", "File"), (ephemeral.ImagePullPolicy, ephemeral.TerminationMessagePath, ephemeral.TerminationMessagePolicy));
        Assert.Equal(Protocol.TCP, ephemeral.Ports![0].Protocol);
    }

    [Fact]
    public void Apply_ProbesAndLifecycle_GetHandlerDefaults()
    {
        var pod = Defaulted<Pod>("""
            {"spec":{"containers":[{"name":"c","image":"a:1",
              "livenessProbe":{"httpGet":{"port":8080}},
              "readinessProbe":{"grpc":{"port":9090},"periodSeconds":5},
              "startupProbe":{"tcpSocket":{"port":1},"failureThreshold":30},
              "lifecycle":{"postStart":{"httpGet":{"port":"http","path":"/hook"}},"preStop":{"httpGet":{"port":1,"scheme":"HTTPS"}}}}]}}
            """);

        var c = pod.Spec.Containers[0];
        AssertJson("""{"httpGet":{"path":"/","port":8080,"scheme":"HTTP"},"timeoutSeconds":1,"periodSeconds":10,"successThreshold":1,"failureThreshold":3}""", c.LivenessProbe!);
        AssertJson("""{"grpc":{"port":9090,"service":""},"timeoutSeconds":1,"periodSeconds":5,"successThreshold":1,"failureThreshold":3}""", c.ReadinessProbe!);
        AssertJson("""{"tcpSocket":{"port":1},"timeoutSeconds":1,"periodSeconds":10,"successThreshold":1,"failureThreshold":30}""", c.StartupProbe!);
        AssertJson("""{"path":"/hook","port":"http","scheme":"HTTP"}""", c.Lifecycle!.PostStart!.HttpGet!);
        AssertJson("""{"path":"/","port":1,"scheme":"HTTPS"}""", c.Lifecycle.PreStop!.HttpGet!);
    }

    [Fact]
    public void Apply_EnvFieldRef_DefaultsApiVersion()
    {
        var pod = Defaulted<Pod>("""
            {"spec":{"containers":[{"name":"c","image":"a:1","env":[
              {"name":"NODE","valueFrom":{"fieldRef":{"fieldPath":"spec.nodeName"}}},
              {"name":"PLAIN","value":"x"}]}]}}
            """);

        Assert.Equal("v1", pod.Spec.Containers[0].Env![0].ValueFrom!.FieldRef!.ApiVersion);
        Assert.Null(pod.Spec.Containers[0].Env![1].ValueFrom);
    }

    [Fact]
    public void Apply_PodWithLimitsOnly_DefaultsRequestsToLimitsRoundedToMillis()
    {
        var pod = Defaulted<Pod>("""
            {"spec":{"containers":[{"name":"c","image":"a:1","resources":{"limits":{"cpu":"100u","memory":"1Gi"},"requests":{"memory":"512Mi"}}}],
             "initContainers":[{"name":"i","image":"a:1","resources":{"limits":{"cpu":"1"}}}]}}
            """);

        AssertJson("""{"limits":{"cpu":"1m","memory":"1Gi"},"requests":{"memory":"512Mi","cpu":"1m"}}""", pod.Spec.Containers[0].Resources);
        AssertJson("""{"limits":{"cpu":"1"},"requests":{"cpu":"1"}}""", pod.Spec.InitContainers![0].Resources);
    }

    [Fact]
    public void Apply_HostNetworkPod_DefaultsHostPortToContainerPort()
    {
        var pod = Defaulted<Pod>("""
            {"spec":{"hostNetwork":true,"containers":[{"name":"c","image":"a:1","ports":[{"containerPort":80},{"containerPort":81,"hostPort":81}]}],
             "initContainers":[{"name":"i","image":"a:1","ports":[{"containerPort":90}]}]}}
            """);

        Assert.Equal([80, 81], pod.Spec.Containers[0].Ports!.Select(p => p.HostPort ?? 0));
        Assert.Equal(90, pod.Spec.InitContainers![0].Ports![0].HostPort);
    }

    [Fact]
    public void Apply_PodTemplate_GetsPodSpecDefaultsButNotPodOnlyDefaults()
    {
        var template = Defaulted<PodTemplate>("""
            {"template":{"spec":{"hostNetwork":true,"containers":[{"name":"c","image":"a","ports":[{"containerPort":80}],"resources":{"limits":{"cpu":"1"}}}]}}}
            """);

        var spec = template.Template.Spec;
        Assert.Equal(("Always", "ClusterFirst", 30L, "default-scheduler"), (spec.RestartPolicy!, spec.DnsPolicy!, spec.TerminationGracePeriodSeconds!.Value, spec.SchedulerName!));
        Assert.Null(spec.EnableServiceLinks);
        Assert.Null(spec.Containers[0].Ports![0].HostPort);
        Assert.Null(spec.Containers[0].Resources.Requests);
        Assert.Equal(PullPolicy.Always, spec.Containers[0].ImagePullPolicy);
    }

    [Fact]
    public void Apply_ExplicitPodSpecValues_AreKept()
    {
        var pod = Defaulted<Pod>("""
            {"spec":{"restartPolicy":"Never","dnsPolicy":"Default","terminationGracePeriodSeconds":0,"schedulerName":"mine",
             "securityContext":{"runAsUser":1},"enableServiceLinks":false,"containers":[]}}
            """);

        Assert.Equal(("Never", "Default", 0L, "mine", false), (pod.Spec.RestartPolicy!, pod.Spec.DnsPolicy!, pod.Spec.TerminationGracePeriodSeconds!.Value, pod.Spec.SchedulerName!, pod.Spec.EnableServiceLinks!.Value));
        Assert.Equal(1L, pod.Spec.SecurityContext!.RunAsUser);
    }
}
