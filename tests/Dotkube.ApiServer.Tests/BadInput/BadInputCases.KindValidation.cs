using System.Text.Json.Nodes;
using static Dotkube.ApiServer.Tests.BadInput.Bodies;
using static Dotkube.ApiServer.Tests.BadInput.Upstream;

namespace Dotkube.ApiServer.Tests.BadInput;

public static partial class BadInputCases
{
    /// <summary>IsConfigMapKey's regex text.</summary>
    private const string ConfigKey =
        "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

    /// <summary>
    /// Well-formed bodies each kind's validation refuses (422 Invalid). Messages are asserted
    /// where the case yields a single, fixed field error; where several errors aggregate in
    /// map order, or the text is long composite Go formatting, code and reason only.
    /// </summary>
    private static void KindValidation(CaseSet set, CaseSet.Category add)
    {
        var deployments = ResourceKind.Deployments;
        Post(add, set, deployments, "selector not matching the template", o => Set(o, "spec.template.metadata.labels", new JsonObject { ["app"] = "other" }),
            name => Invalid("Deployment.apps", name, FieldInvalid("spec.template.metadata.labels",
                "map[string]string{\"app\":\"other\"}", "`selector` does not match template `labels`")));
        Post(add, set, deployments, "negative replicas", o => Set(o, "spec.replicas", -1),
            name => Invalid("Deployment.apps", name, FieldInvalid("spec.replicas", "-1", "must be greater than or equal to 0")));
        Post(add, set, deployments, "without selector", o => Remove(o, "spec", "selector"), Invalid());
        Post(add, set, deployments, "unknown strategy type", o => Set(o, "spec.strategy", new JsonObject { ["type"] = "Bogus" }), Invalid());
        Put(add, deployments, "negative replicas", o => Set(o, "spec.replicas", -3),
            Invalid("Deployment.apps", deployments.Seeded, FieldInvalid("spec.replicas", "-3", "must be greater than or equal to 0")));

        var pods = ResourceKind.Pods;
        Post(add, set, pods, "without containers", o => Set(o, "spec.containers", new JsonArray()), Invalid());
        Post(add, set, pods, "container without image", o => Remove(o, "spec.containers[0]", "image"), Invalid());
        Post(add, set, pods, "unknown restartPolicy", o => Set(o, "spec.restartPolicy", "Sometimes"), Invalid());
        Post(add, set, pods, "duplicate container names", o => o["spec"]!["containers"]!.AsArray().Add(
            new JsonObject { ["name"] = "c", ["image"] = "busybox" }), Invalid());
        Post(add, set, pods, "negative activeDeadlineSeconds", o => Set(o, "spec.activeDeadlineSeconds", -5), Invalid());
        Post(add, set, pods, "container port above 65535", o => Set(o, "spec.containers[0].ports",
            new JsonArray(new JsonObject { ["containerPort"] = 70000 })), Invalid());

        var services = ResourceKind.Services;
        Post(add, set, services, "port 0", o => Set(o, "spec.ports[0].port", 0), Invalid());
        Post(add, set, services, "unknown type", o => Set(o, "spec.type", "Bogus"), Invalid());
        Post(add, set, services, "without ports", o => Set(o, "spec.ports", new JsonArray()), Invalid());
        Post(add, set, services, "clusterIP not an IP", o => Set(o, "spec.clusterIP", "not-an-ip"), Invalid());
        Post(add, set, services, "duplicate port names", o => o["spec"]!["ports"]!.AsArray().Add(
            new JsonObject { ["name"] = "http", ["port"] = 81, ["protocol"] = "TCP" }), Invalid());

        var cms = ResourceKind.ConfigMaps;
        Post(add, set, cms, "data key with a space", o => Set(o, "data", new JsonObject { ["bad key"] = "v" }),
            name => Invalid("ConfigMap", name, FieldInvalid("data[bad key]", Quote("bad key"), ConfigKey)));
        Post(add, set, cms, "data key '..'", o => Set(o, "data", new JsonObject { [".."] = "v" }),
            name => Invalid("ConfigMap", name, FieldInvalid("data[..]", Quote(".."), "must not be '..'")));
        Post(add, set, cms, "same key in data and binaryData", o => Set(o, "binaryData", new JsonObject { ["k"] = "dg==" }), Invalid());

        Post(add, set, ResourceKind.Namespaces, "invalid spec finalizer", o => Set(o, "spec.finalizers", new JsonArray("bad finalizer!")), Invalid());
        Post(add, set, ResourceKind.Nodes, "podCIDR not a CIDR", o => Set(o, "spec.podCIDR", "not-a-cidr"), Invalid());
        Post(add, set, ResourceKind.Nodes, "taint with unknown effect", o => Set(o, "spec.taints",
            new JsonArray(new JsonObject { ["key"] = "k", ["effect"] = "Bogus" })), Invalid());
    }
}
