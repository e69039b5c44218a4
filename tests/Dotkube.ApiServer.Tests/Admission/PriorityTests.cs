using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Scheduling.V1;
using Dotkube.ApiServer.Admission;
using Dotkube.ApiServer.Tests.Server;

namespace Dotkube.ApiServer.Tests.Admission;

public sealed class PriorityTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    private static readonly PriorityClass High = Class("high", 1000);
    private static readonly PriorityClass Never = Class("never", 50, policy: "Never");
    private static readonly PriorityClass Default = Class("fallback", 10, globalDefault: true);
    private static readonly PriorityClass LowerDefault = Class("lower-fallback", 5, globalDefault: true);

    public static TheoryData<string, PriorityClass[], string?, int?, string?, string?, int, string?> Admitted => new()
    {
        // case, classes, priorityClassName, given priority, given policy -> class name, priority, policy
        { "named class", [High, Default], "high", null, null, "high", 1000, "PreemptLowerPriority" },
        { "the class's preemption policy", [Never], "never", null, null, "never", 50, "Never" },
        { "no name, no default", [High], null, null, null, null, 0, "PreemptLowerPriority" },
        { "no name: the global default, named", [High, Default], null, null, null, "fallback", 10, "PreemptLowerPriority" },
        { "several defaults: the lowest value", [Default, LowerDefault], null, null, null, "lower-fallback", 5, "PreemptLowerPriority" },
        { "a matching priority is accepted", [High], "high", 1000, null, "high", 1000, "PreemptLowerPriority" },
        { "a matching policy is accepted", [Never], "never", null, "Never", "never", 50, "Never" },
        { "a system class in any namespace", [Class("system-node-critical", 2000001000)], "system-node-critical", null, null, "system-node-critical", 2000001000, "PreemptLowerPriority" },
    };

    [Theory]
    [MemberData(nameof(Admitted))]
    public void A_created_pod_takes_priority_and_preemption_policy_from_its_class(string name, PriorityClass[] classes, string? className,
        int? priority, string? policy, string? wantClass, int wantPriority, string? wantPolicy)
    {
        var pod = Pod(className, priority, policy);

        Assert.Null(Priority.AdmitCreate(pod, classes));

        Assert.True((wantClass, wantPriority, wantPolicy) == (pod.Spec.PriorityClassName, pod.Spec.Priority, pod.Spec.PreemptionPolicy), name);
    }

    public static TheoryData<string, PriorityClass[], string?, int?, string?, string> Refused => new()
    {
        { "unknown class", [High], "foo", null, null, "no PriorityClass with name foo was found" },
        { "a priority the class does not give", [High], "high", 7, null,
            "the integer value of priority (7) must not be provided in pod spec; priority admission controller computed 1000 from the given PriorityClass name" },
        { "a priority without class or default", [], null, 3, null,
            "the integer value of priority (3) must not be provided in pod spec; priority admission controller computed 0 from the given PriorityClass name" },
        { "a preemption policy the class does not give", [Never], "never", null, "PreemptLowerPriority",
            "the string value of PreemptionPolicy (PreemptLowerPriority) must not be provided in pod spec; priority admission controller computed Never from the given PriorityClass name" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_pod_whose_priority_cannot_be_resolved_or_disagrees_is_refused(string name, PriorityClass[] classes, string? className,
        int? priority, string? policy, string reason) =>
        Assert.True(reason == Priority.AdmitCreate(Pod(className, priority, policy), classes), name);

    [Fact]
    public void An_update_that_leaves_the_priority_out_keeps_the_stored_one()
    {
        var pod = Pod("high", null, null);

        Priority.AdmitUpdate(pod, Pod("high", 1000, null));

        Assert.Equal(1000, pod.Spec.Priority);
    }

    [Theory]
    [InlineData("second default created", "other", true, "PriorityClass fallback is already marked as default. Only one default can exist")]
    [InlineData("another class made the default", "other", false, "PriorityClass fallback is already marked as default. Only one default can exist")]
    [InlineData("the default updated", "fallback", false, null)]
    public void Only_one_class_may_be_the_global_default(string name, string className, bool creating, string? reason) =>
        Assert.True(reason == Priority.AdmitClass(Class(className, 1, globalDefault: true), creating, [High, Default]), name);

    [Fact]
    public async Task The_server_starts_with_the_two_system_classes()
    {
        var node = await server.GetAsync("/apis/scheduling.k8s.io/v1/priorityclasses/system-node-critical");
        var cluster = await server.GetAsync("/apis/scheduling.k8s.io/v1/priorityclasses/system-cluster-critical");

        Assert.Equal((200, 2000001000, "Used for system critical pods that must not be moved from their current node."),
            (node.Code, node.Json["value"]!.GetValue<int>(), node.Json["description"]!.GetValue<string>()));
        Assert.Equal((200, 2000000000, "PreemptLowerPriority"),
            (cluster.Code, cluster.Json["value"]!.GetValue<int>(), cluster.Json["preemptionPolicy"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_pod_in_any_namespace_may_use_a_system_class_and_a_class_created_just_before_is_found()
    {
        var ns = await NewNamespaceAsync();
        var name = "c-" + ns;
        Assert.Equal(201, (await server.PostAsync("/apis/scheduling.k8s.io/v1/priorityclasses",
            $$$"""{"apiVersion":"scheduling.k8s.io/v1","kind":"PriorityClass","metadata":{"name":"{{{name}}}"},"value":42}""")).Code);

        var critical = await server.PostAsync($"/api/v1/namespaces/{ns}/pods", PodJson("name", "crit", "system-cluster-critical"));
        var fresh = await server.PostAsync($"/api/v1/namespaces/{ns}/pods", PodJson("name", "fresh", name));

        Assert.Equal((201, 2000000000), (critical.Code, critical.Json["spec"]!["priority"]!.GetValue<int>()));
        Assert.Equal((201, 42), (fresh.Code, fresh.Json["spec"]!["priority"]!.GetValue<int>()));
        await server.DeleteAsync($"/apis/scheduling.k8s.io/v1/priorityclasses/{name}");
    }

    [Fact]
    public async Task An_unknown_class_is_a_403_naming_the_pod_by_its_generate_name_when_it_has_no_name()
    {
        var ns = await NewNamespaceAsync();

        var refused = await server.PostAsync($"/api/v1/namespaces/{ns}/pods", PodJson("generateName", "web-", "foo"));

        Assert.Equal((403, "Forbidden"), (refused.Code, refused.Reason));
        Assert.Equal("pods \"web-\" is forbidden: no PriorityClass with name foo was found", refused.Json["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_update_cannot_change_the_priority_but_may_leave_it_out()
    {
        var ns = await NewNamespaceAsync();
        var created = (await server.PostAsync($"/api/v1/namespaces/{ns}/pods", PodJson("name", "p", "system-node-critical"))).Json;
        created["spec"]!.AsObject().Remove("priority");
        var kept = await server.PutAsync($"/api/v1/namespaces/{ns}/pods/p", created.ToJsonString());
        Assert.Equal((200, 2000001000), (kept.Code, kept.Json["spec"]!["priority"]!.GetValue<int>()));

        var changed = await server.PatchAsync($"/api/v1/namespaces/{ns}/pods/p", """{"spec":{"priority":5}}""", "application/merge-patch+json");

        Assert.Equal(422, changed.Code);
    }

    private static Pod Pod(string? className, int? priority, string? policy) =>
        new() { Spec = new PodSpec { PriorityClassName = className, Priority = priority, PreemptionPolicy = policy } };

    private static PriorityClass Class(string name, int value, bool globalDefault = false, string policy = "PreemptLowerPriority") =>
        new() { Metadata = new ObjectMeta { Name = name }, Value = value, GlobalDefault = globalDefault, PreemptionPolicy = policy };

    private static string PodJson(string nameField, string name, string className) =>
        $$$"""
        {"apiVersion":"v1","kind":"Pod","metadata":{"{{{nameField}}}":"{{{name}}}"},
         "spec":{"priorityClassName":"{{{className}}}","containers":[{"name":"c","image":"busybox"}]}}
        """;

    private async Task<string> NewNamespaceAsync()
    {
        var name = "p-" + Guid.NewGuid().ToString("N")[..10];
        Assert.Equal(201, (await server.PostAsync("/api/v1/namespaces", $$$"""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"{{{name}}}"}}""")).Code);
        return name;
    }
}
