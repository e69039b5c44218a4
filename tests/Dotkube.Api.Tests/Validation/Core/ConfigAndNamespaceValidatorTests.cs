using System.Text;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Validation;
using Dotkube.Api.Validation.Core;

namespace Dotkube.Api.Tests.Validation.Core;

public class ConfigAndNamespaceValidatorTests
{
    [Fact]
    public void ValidateCreate_ConfigMapKeyInDataAndBinaryData_ReportsDuplicate()
    {
        var map = new ConfigMap { Metadata = CoreObjects.Meta(), Data = new() { ["a"] = "1" }, BinaryData = new() { ["a"] = [1] } };

        var error = Assert.Single(ObjectValidation.ValidateCreate(map));

        Assert.Equal("data[a]: Invalid value: \"a\": duplicate of key present in binaryData", error.ToString());
    }

    [Fact]
    public void ValidateCreate_ConfigMapOverOneMebibyte_ReportsTooLong()
    {
        var map = new ConfigMap { Metadata = CoreObjects.Meta(), Data = new() { ["a"] = new string('x', Secret.MaxSecretSize + 1) } };

        var error = Assert.Single(ObjectValidation.ValidateCreate(map));

        Assert.Equal(": Too long: may not be more than 1048576 bytes", error.ToString());
    }

    [Fact]
    public void ValidateUpdate_ImmutableConfigMapDataChanged_ReportsForbidden()
    {
        var old = new ConfigMap { Metadata = CoreObjects.Meta(), Immutable = true, Data = new() { ["a"] = "1" } };
        var map = new ConfigMap { Metadata = CoreObjects.Meta(), Immutable = true, Data = new() { ["a"] = "2" } };

        var error = Assert.Single(ObjectValidation.ValidateUpdate(map, old));

        Assert.Equal("data: Forbidden: field is immutable when `immutable` is set", error.ToString());
    }

    public static TheoryData<string, string[]> SecretCases() => new()
    {
        { "kubernetes.io/tls", ["data[tls.crt]: Required value", "data[tls.key]: Required value"] },
        { "kubernetes.io/basic-auth", ["data[username]: Required value", "data[password]: Required value"] },
        { "kubernetes.io/ssh-auth", ["data[ssh-privatekey]: Required value"] },
        { "kubernetes.io/dockerconfigjson", ["data[.dockerconfigjson]: Required value"] },
        { "kubernetes.io/service-account-token", ["metadata.annotations[kubernetes.io/service-account.name]: Required value"] },
        { "Opaque", [] },
    };

    [Theory]
    [MemberData(nameof(SecretCases))]
    public void ValidateCreate_SecretTypeWithoutKeys_ReportsRequiredKeys(string type, string[] expected)
    {
        var secret = new Secret { Metadata = CoreObjects.Meta(), Type = type };

        Assert.Equal(expected, ObjectValidation.ValidateCreate(secret).Select(e => e.ToString()).ToArray());
    }

    [Fact]
    public void ValidateUpdate_SecretTypeChanged_ReportsImmutable()
    {
        var old = new Secret { Metadata = CoreObjects.Meta(), Type = "Opaque" };
        var secret = new Secret { Metadata = CoreObjects.Meta(), Type = "example.com/x", Data = new() { ["k"] = Encoding.UTF8.GetBytes("v") } };

        var error = Assert.Single(ObjectValidation.ValidateUpdate(secret, old));

        Assert.Equal("type: Invalid value: \"example.com/x\": field is immutable", error.ToString());
    }

    [Fact]
    public void ValidateCreate_NamespaceWithUpperCaseName_ReportsDnsLabel()
    {
        var ns = new Namespace { Metadata = new ObjectMeta { Name = "Team" } };

        var error = Assert.Single(ObjectValidation.ValidateCreate(ns));

        Assert.Equal("metadata.name: Invalid value: \"Team\": " + CoreObjects.LabelMessage, error.ToString());
    }

    [Fact]
    public void ValidateCreate_NamespaceWithNamespaceSet_ReportsForbidden()
    {
        var ns = new Namespace { Metadata = new ObjectMeta { Name = "team", Namespace = "default" } };

        var error = Assert.Single(ObjectValidation.ValidateCreate(ns));

        Assert.Equal("metadata.namespace: Forbidden: not allowed on this type", error.ToString());
    }

    [Fact]
    public void ValidateCreate_NamespaceUnqualifiedFinalizer_ReportsInvalid()
    {
        var ns = new Namespace { Metadata = new ObjectMeta { Name = "team" }, Spec = new NamespaceSpec { Finalizers = ["custom"] } };

        var error = Assert.Single(ObjectValidation.ValidateCreate(ns));

        Assert.Equal("spec.finalizers[0]: Invalid value: \"custom\": name is neither a standard finalizer name nor is it fully qualified", error.ToString());
    }

    [Fact]
    public void ValidateCreate_ReplicationControllerSelectorMismatch_ReportsInvalidLabels()
    {
        var rc = new ReplicationController
        {
            Metadata = CoreObjects.Meta(),
            Spec = new ReplicationControllerSpec
            {
                Selector = new() { ["app"] = "db" },
                Template = new PodTemplateSpec { Metadata = new ObjectMeta { Labels = new() { ["app"] = "web" } }, Spec = CoreObjects.Spec() },
            },
        };

        var error = Assert.Single(ObjectValidation.ValidateCreate(rc));

        Assert.Equal("spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"web\"}: `selector` does not match template `labels`", error.ToString());
    }

    [Fact]
    public void ValidateCreate_ReplicationControllerNeverRestart_ReportsNotSupported()
    {
        var spec = CoreObjects.Spec();
        spec.RestartPolicy = "Never";
        var rc = new ReplicationController
        {
            Metadata = CoreObjects.Meta(),
            Spec = new ReplicationControllerSpec { Template = new PodTemplateSpec { Metadata = new ObjectMeta { Labels = new() { ["app"] = "web" } }, Spec = spec } },
        };

        var error = Assert.Single(ObjectValidation.ValidateCreate(rc));

        Assert.Equal("spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\"", error.ToString());
    }

    [Fact]
    public void ValidateTemplate_BadTemplateLabel_ReportsWithoutMetadataSegment()
    {
        var errors = new List<FieldError>();
        var template = new PodTemplateSpec { Metadata = new ObjectMeta { Labels = new() { ["app"] = "-x" } }, Spec = CoreObjects.Spec() };

        PodTemplateValidation.ValidateTemplate(template, FieldPath.Root("spec", "template"), errors);

        Assert.StartsWith("spec.template.labels: Invalid value: \"-x\"", Assert.Single(errors).ToString());
    }
}
