using System.Text;
using System.Text.Json;
using Dotkube.Api.Apps.V1;
using Dotkube.Api.Authentication.V1;
using Dotkube.Api.Authorization.V1;
using Dotkube.Api.Batch.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Defaulting;
using Dotkube.Api.Meta;
using Dotkube.Api.Networking.V1;
using Dotkube.Api.Policy.V1;
using Dotkube.Api.Protobuf;
using Dotkube.Api.Rbac.V1;
using Dotkube.Api.Scheduling.V1;
using Dotkube.Api.Serialization;
using Dotkube.Api.Validation;

namespace Dotkube.Api.Tests.Protobuf;

/// <summary>
/// Bodies exactly as kubectl 1.32 sends them (Fixtures/*.pb, captured by Fixtures/generate.sh)
/// decode, through the JSON path and fieldValidation=Strict, to the objects kubectl meant.
/// </summary>
public class KubectlFixtureTests
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "Protobuf", "Fixtures");

    public static TheoryData<string, string, string> Kinds() => new()
    {
        { "namespace", "v1", "Namespace" },
        { "configmap", "v1", "ConfigMap" },
        { "secret", "v1", "Secret" },
        { "secret-docker", "v1", "Secret" },
        { "serviceaccount", "v1", "ServiceAccount" },
        { "quota", "v1", "ResourceQuota" },
        { "service-clusterip", "v1", "Service" },
        { "service-nodeport", "v1", "Service" },
        { "deployment", "apps/v1", "Deployment" },
        { "deployment-zero", "apps/v1", "Deployment" },
        { "job", "batch/v1", "Job" },
        { "cronjob", "batch/v1", "CronJob" },
        { "priorityclass", "scheduling.k8s.io/v1", "PriorityClass" },
        { "role", "rbac.authorization.k8s.io/v1", "Role" },
        { "rolebinding", "rbac.authorization.k8s.io/v1", "RoleBinding" },
        { "clusterrole", "rbac.authorization.k8s.io/v1", "ClusterRole" },
        { "clusterrolebinding", "rbac.authorization.k8s.io/v1", "ClusterRoleBinding" },
        { "pdb-min", "policy/v1", "PodDisruptionBudget" },
        { "pdb-max", "policy/v1", "PodDisruptionBudget" },
        { "ingress", "networking.k8s.io/v1", "Ingress" },
        { "can-i", "authorization.k8s.io/v1", "SelfSubjectAccessReview" },
        { "whoami", "authentication.k8s.io/v1", "SelfSubjectReview" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Decode_KubectlBody_StrictDecodesTheKindTheEnvelopeNames(string fixture, string apiVersion, string kind)
    {
        var body = Load(fixture);

        var converted = KubeProtobuf.ToJson(body);
        var decoded = KubeProtobuf.Decode(body, FieldValidation.Strict);

        Assert.Equal((apiVersion, kind), (converted.ApiVersion, converted.Kind));
        Assert.Equal((apiVersion, kind), (decoded.Gvk.ApiVersion, decoded.Gvk.Kind));
        Assert.StartsWith($$"""{"apiVersion":"{{apiVersion}}","kind":"{{kind}}",""", Encoding.UTF8.GetString(converted.Json));
        // kubectl sends the zero creationTimestamp as an empty Time; upstream reads that as unset.
        Assert.DoesNotContain("creationTimestamp", Encoding.UTF8.GetString(converted.Json));
        Assert.Empty(decoded.Warnings);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Decode_KubectlBody_DefaultsAndValidatesLikeItsJson(string fixture, string apiVersion, string kind)
    {
        var decoded = KubeProtobuf.Decode(Load(fixture), FieldValidation.Strict);
        var obj = Assert.IsAssignableFrom<KubeObject>(decoded.Object);
        if (decoded.Resource.Namespaced)
        {
            // The server takes the namespace from the URL, as kubectl leaves it out of the body.
            obj.Metadata.Namespace = "default";
        }

        ObjectDefaults.Apply(obj);

        Assert.Equal((apiVersion, kind), (decoded.Gvk.ApiVersion, decoded.Gvk.Kind));
        Assert.Empty(ObjectValidation.ValidateCreate(obj).Select(e => e.ToString()));
    }

    [Fact]
    public void Decode_CreateNamespace_GivesNameAndEmptySpecAndStatus()
    {
        var ns = Decode<Namespace>("namespace");

        Assert.Equal("demo", ns.Metadata.Name);
        Assert.Equal(default, ns.Metadata.CreationTimestamp);
        Assert.Null(ns.Metadata.Labels);
        Assert.Equal("""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"demo"},"spec":{},"status":{}}""", Json("namespace"));
    }

    [Fact]
    public void Decode_CreateConfigMap_GivesDataAndBinaryData()
    {
        var configMap = Decode<ConfigMap>("configmap");

        Assert.Equal("b", configMap.Data!["a"]);
        Assert.Equal([0x00, 0x01, 0xfe, 0xff, (byte)'b', (byte)'i', (byte)'n'], configMap.BinaryData!["blob"]);
        Assert.Null(configMap.Immutable);
    }

    [Fact]
    public void Decode_CreateSecretGeneric_GivesBase64DataAndType()
    {
        var secret = Decode<Secret>("secret");

        Assert.Equal("q"u8.ToArray(), secret.Data!["p"]);
        Assert.Equal("Opaque", secret.Type);
        Assert.Contains("\"data\":{\"p\":\"cQ==\"}", Json("secret"));
    }

    [Fact]
    public void Decode_CreateSecretDockerRegistry_CarriesTheDockerConfig()
    {
        var secret = Decode<Secret>("secret-docker");

        Assert.Equal("kubernetes.io/dockerconfigjson", secret.Type);
        using var config = JsonDocument.Parse(secret.Data![".dockerconfigjson"]);
        Assert.Equal("u", config.RootElement.GetProperty("auths").GetProperty("r.example").GetProperty("username").GetString());
    }

    [Fact]
    public void Decode_CreateDeployment_GivesReplicasSelectorTemplateAndPort()
    {
        var deployment = Decode<Deployment>("deployment");

        Assert.Equal("web", deployment.Metadata.Name);
        Assert.Equal("web", deployment.Metadata.Labels!["app"]);
        Assert.Equal(2, deployment.Spec.Replicas);
        Assert.Equal("web", deployment.Spec.Selector!.MatchLabels!["app"]);
        Assert.Equal("web", deployment.Spec.Template.Metadata.Labels!["app"]);
        var container = Assert.Single(deployment.Spec.Template.Spec.Containers);
        Assert.Equal(("busybox", "busybox"), (container.Name, container.Image));
        Assert.Equal(80, Assert.Single(container.Ports!).Port);
        // Value fields kubectl leaves at zero stay unset, so defaulting still fills them.
        Assert.Null(deployment.Spec.Strategy.Type);
        Assert.Null(deployment.Spec.MinReadySeconds);
        Assert.Null(deployment.Spec.Template.Spec.RestartPolicy);
    }

    [Fact]
    public void Decode_CreateDeploymentWithZeroReplicas_KeepsThePointerZero()
    {
        var deployment = Decode<Deployment>("deployment-zero");

        Assert.Equal(0, deployment.Spec.Replicas);
    }

    [Fact]
    public void Decode_CreateServiceClusterIP_GivesPortsWithIntTargetPort()
    {
        var service = Decode<Service>("service-clusterip");

        Assert.Equal("ClusterIP", service.Spec.Type);
        Assert.Equal("web", service.Spec.Selector!["app"]);
        var port = Assert.Single(service.Spec.Ports!);
        Assert.Equal(("80-8080", "TCP", 80), (port.Name, port.Protocol, port.Port));
        Assert.Equal(8080, port.TargetPort!.Value.IntValue);
        Assert.True(port.TargetPort.Value.IsInt);
        Assert.Null(port.NodePort);
    }

    [Fact]
    public void Decode_CreateServiceNodePort_GivesNodePort()
    {
        var service = Decode<Service>("service-nodeport");

        Assert.Equal("NodePort", service.Spec.Type);
        Assert.Equal(30080, Assert.Single(service.Spec.Ports!).NodePort);
    }

    [Fact]
    public void Decode_CreateJob_GivesCommandAndRestartPolicy()
    {
        var job = Decode<Job>("job");

        var container = Assert.Single(job.Spec.Template.Spec.Containers);
        Assert.Equal(["sh", "-c", "echo hi"], container.Command!);
        Assert.Equal("Never", job.Spec.Template.Spec.RestartPolicy);
    }

    [Fact]
    public void Decode_CreateCronJob_GivesScheduleAndJobTemplate()
    {
        var cronJob = Decode<CronJob>("cronjob");

        Assert.Equal("*/1 * * * *", cronJob.Spec.Schedule);
        Assert.Equal("cj", cronJob.Spec.JobTemplate.Metadata.Name);
        Assert.Equal("busybox", Assert.Single(cronJob.Spec.JobTemplate.Spec.Template.Spec.Containers).Image);
        Assert.Equal("OnFailure", cronJob.Spec.JobTemplate.Spec.Template.Spec.RestartPolicy);
        Assert.Null(cronJob.Spec.Suspend);
    }

    [Fact]
    public void Decode_CreatePriorityClass_GivesValueDescriptionAndPolicy()
    {
        var priorityClass = Decode<PriorityClass>("priorityclass");

        Assert.Equal(1000, priorityClass.Value);
        Assert.Equal("important", priorityClass.Description);
        Assert.Equal("Never", priorityClass.PreemptionPolicy);
        Assert.Null(priorityClass.GlobalDefault);
    }

    [Fact]
    public void Decode_CreateQuota_GivesQuantitiesAndScopes()
    {
        var quota = Decode<ResourceQuota>("quota");

        var hard = quota.Spec!.Hard!;
        Assert.Equal(["10", "2", "1Gi"], new[] { hard["pods"], hard["cpu"], hard["memory"] }.Select(q => q.ToString()));
        Assert.Equal(["NotTerminating"], quota.Spec.Scopes!);
    }

    [Fact]
    public void Decode_CreateRole_GivesRules()
    {
        var role = Decode<Role>("role");

        var rule = Assert.Single(role.Rules!);
        Assert.Equal(["get", "list"], rule.Verbs);
        Assert.Equal([""], rule.ApiGroups!);
        Assert.Equal(["pods"], rule.Resources!);
    }

    [Fact]
    public void Decode_CreateRoleBinding_GivesSubjectsAndRoleRef()
    {
        var binding = Decode<RoleBinding>("rolebinding");

        Assert.Equal(
            ["User/alice/", "ServiceAccount/sa/default"],
            binding.Subjects!.Select(s => $"{s.Kind}/{s.Name}/{s.Namespace}"));
        Assert.Equal(("Role", "r", "rbac.authorization.k8s.io"), (binding.RoleRef.Kind, binding.RoleRef.Name, binding.RoleRef.ApiGroup));
    }

    [Fact]
    public void Decode_CreateClusterRoleAndBinding_GivesNonResourceUrlsAndGroupSubject()
    {
        var role = Decode<ClusterRole>("clusterrole");
        var binding = Decode<ClusterRoleBinding>("clusterrolebinding");

        Assert.Equal(["/healthz"], Assert.Single(role.Rules!).NonResourceURLs!);
        Assert.Equal(("Group", "devs"), (Assert.Single(binding.Subjects!).Kind, binding.Subjects![0].Name));
    }

    [Fact]
    public void Decode_CreatePodDisruptionBudget_GivesIntOrStringInBothForms()
    {
        var byCount = Decode<PodDisruptionBudget>("pdb-min");
        var byPercent = Decode<PodDisruptionBudget>("pdb-max");

        Assert.Equal(1, byCount.Spec.MinAvailable!.Value.IntValue);
        Assert.True(byCount.Spec.MinAvailable.Value.IsInt);
        Assert.Equal("web", byCount.Spec.Selector!.MatchLabels!["app"]);
        Assert.Equal("50%", byPercent.Spec.MaxUnavailable!.Value.StringValue);
        Assert.Null(byPercent.Spec.MinAvailable);
    }

    [Fact]
    public void Decode_CreateIngress_GivesRulesWithNumberAndNamedPortsAndTls()
    {
        var ingress = Decode<Ingress>("ingress");

        Assert.Equal("nginx", ingress.Spec!.IngressClassName);
        var rule = Assert.Single(ingress.Spec.Rules!);
        Assert.Equal("foo.com", rule.Host);
        var paths = rule.Http!.Paths;
        var bar = paths[0].Backend.Service!;
        Assert.Equal(("/bar", "Exact", "svc1", 8080), (paths[0].Path, paths[0].PathType, bar.Name, bar.Port.Number));
        Assert.Equal(("/baz", "Prefix", "http"), (paths[1].Path, paths[1].PathType, paths[1].Backend.Service!.Port.Name));
        var tls = Assert.Single(ingress.Spec.Tls!);
        Assert.Equal(["foo.com"], tls.Hosts!);
        Assert.Equal("cert", tls.SecretName);
    }

    [Fact]
    public void Decode_AuthCanI_GivesResourceAttributes()
    {
        var review = Decode<SelfSubjectAccessReview>("can-i");

        var attributes = review.Spec.ResourceAttributes!;
        Assert.Equal(("default", "get", "pods"), (attributes.Namespace, attributes.Verb, attributes.Resource));
    }

    [Fact]
    public void ToJson_CreateToken_GivesTheTokenRequestSubresourceBody()
    {
        var converted = KubeProtobuf.ToJson(Load("token"));

        var request = KubeJson.Deserialize<TokenRequest>(converted.Json);
        Assert.Equal(("authentication.k8s.io/v1", "TokenRequest"), (converted.ApiVersion, converted.Kind));
        Assert.Equal(3600, request.Spec.ExpirationSeconds);
    }

    [Fact]
    public void ToJson_AuthWhoAmI_GivesAnEmptyReview()
    {
        Assert.Equal(
            """{"apiVersion":"authentication.k8s.io/v1","kind":"SelfSubjectReview","metadata":{},"status":{"userInfo":{}}}""",
            Json("whoami"));
    }

    private static byte[] Load(string fixture) => File.ReadAllBytes(Path.Combine(Directory, fixture + ".pb"));

    private static string Json(string fixture) => Encoding.UTF8.GetString(KubeProtobuf.ToJson(Load(fixture)).Json);

    private static T Decode<T>(string fixture) =>
        Assert.IsType<T>(KubeProtobuf.Decode(Load(fixture), FieldValidation.Strict).Object);
}
