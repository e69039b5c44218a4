using System.Text.Json.Nodes;

namespace Dotkube.ApiServer.Tests.Server;

public sealed class RestCrudTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    private async Task<string> NewNamespaceAsync()
    {
        var name = "t-" + Guid.NewGuid().ToString("N")[..10];
        var created = await server.PostAsync("/api/v1/namespaces", $$$"""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"{{{name}}}"}}""");
        Assert.Equal(201, created.Code);
        return name;
    }

    private static string ConfigMap(string name, string value = "1", string? resourceVersion = null) =>
        $$$"""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"{{{name}}}"{{{(resourceVersion is null ? "" : $",\"resourceVersion\":\"{resourceVersion}\"")}}}},"data":{"k":"{{{value}}}"}}""";

    [Fact]
    public async Task Create_SetsSystemFieldsAndReturns201()
    {
        var ns = await NewNamespaceAsync();
        var created = await server.PostAsync($"/apis/apps/v1/namespaces/{ns}/deployments", """
            {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"generateName":"web-"},
             "spec":{"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},
             "spec":{"containers":[{"name":"web","image":"busybox"}]}}}}
            """);

        Assert.Equal(201, created.Code);
        var meta = created.Json["metadata"]!;
        Assert.StartsWith("web-", meta["name"]!.GetValue<string>());
        Assert.Equal(ns, meta["namespace"]!.GetValue<string>());
        Assert.True(Guid.TryParse(meta["uid"]!.GetValue<string>(), out _));
        Assert.Equal(1, meta["generation"]!.GetValue<long>());
        Assert.NotNull(meta["creationTimestamp"]);
        Assert.True(long.Parse(meta["resourceVersion"]!.GetValue<string>()) > 0);
        // Server-side defaulting ran: replicas 1, RollingUpdate 25%.
        Assert.Equal(1, created.Json["spec"]!["replicas"]!.GetValue<int>());
        Assert.Equal("25%", created.Json["spec"]!["strategy"]!["rollingUpdate"]!["maxSurge"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_Twice_Returns409AlreadyExists()
    {
        var ns = await NewNamespaceAsync();
        Assert.Equal(201, (await server.PostAsync($"/api/v1/namespaces/{ns}/configmaps", ConfigMap("a"))).Code);
        var again = await server.PostAsync($"/api/v1/namespaces/{ns}/configmaps", ConfigMap("a"));
        Assert.Equal(409, again.Code);
        Assert.Equal("AlreadyExists", again.Reason);
        Assert.Equal("configmaps \"a\" already exists", again.Json["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_InMissingNamespace_Returns404ForTheNamespace()
    {
        var missing = await server.PostAsync("/api/v1/namespaces/nope-missing/configmaps", ConfigMap("a"));
        Assert.Equal(404, missing.Code);
        Assert.Equal("namespaces \"nope-missing\" not found", missing.Json["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_Invalid_Returns422WithCauses()
    {
        var ns = await NewNamespaceAsync();
        var bad = await server.PostAsync($"/api/v1/namespaces/{ns}/configmaps", ConfigMap("Bad_Name"));
        Assert.Equal(422, bad.Code);
        Assert.Equal("Invalid", bad.Reason);
        Assert.Equal("metadata.name", bad.Json["details"]!["causes"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_NamespaceMismatch_Returns400()
    {
        var ns = await NewNamespaceAsync();
        var body = """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a","namespace":"other"}}""";
        var answer = await server.PostAsync($"/api/v1/namespaces/{ns}/configmaps", body);
        Assert.Equal(400, answer.Code);
        Assert.Equal("BadRequest", answer.Reason);
    }

    [Fact]
    public async Task Update_StaleResourceVersion_Returns409AndKeepsValue()
    {
        var ns = await NewNamespaceAsync();
        var created = await server.PostAsync($"/api/v1/namespaces/{ns}/configmaps", ConfigMap("a"));
        var rv = created.Json["metadata"]!["resourceVersion"]!.GetValue<string>();
        Assert.Equal(200, (await server.PutAsync($"/api/v1/namespaces/{ns}/configmaps/a", ConfigMap("a", "2", rv))).Code);

        var stale = await server.PutAsync($"/api/v1/namespaces/{ns}/configmaps/a", ConfigMap("a", "3", rv));

        Assert.Equal(409, stale.Code);
        Assert.Equal("Conflict", stale.Reason);
        Assert.Equal(
            "Operation cannot be fulfilled on configmaps \"a\": the object has been modified; please apply your changes to the latest version and try again",
            stale.Json["message"]!.GetValue<string>());
        Assert.Equal("2", (await server.GetAsync($"/api/v1/namespaces/{ns}/configmaps/a")).Json["data"]!["k"]!.GetValue<string>());
    }

    [Fact]
    public async Task Update_Concurrent100WithSameResourceVersion_ExactlyOneWins()
    {
        var ns = await NewNamespaceAsync();
        var created = await server.PostAsync($"/api/v1/namespaces/{ns}/configmaps", ConfigMap("race"));
        var rv = created.Json["metadata"]!["resourceVersion"]!.GetValue<string>();

        var answers = await Task.WhenAll(Enumerable.Range(0, 100).Select(i =>
            server.PutAsync($"/api/v1/namespaces/{ns}/configmaps/race", ConfigMap("race", $"w{i}", rv))));

        Assert.Single(answers, a => a.Code == 200);
        Assert.Equal(99, answers.Count(a => a.Code == 409 && a.Reason == "Conflict"));
        var winner = answers.Single(a => a.Code == 200).Json["data"]!["k"]!.GetValue<string>();
        Assert.Equal(winner, (await server.GetAsync($"/api/v1/namespaces/{ns}/configmaps/race")).Json["data"]!["k"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_Concurrent100OfOneName_ExactlyOneCreated()
    {
        var ns = await NewNamespaceAsync();
        var answers = await Task.WhenAll(Enumerable.Range(0, 100).Select(i =>
            server.PostAsync($"/api/v1/namespaces/{ns}/configmaps", ConfigMap("same", $"w{i}"))));

        Assert.Single(answers, a => a.Code == 201);
        Assert.Equal(99, answers.Count(a => a.Code == 409 && a.Reason == "AlreadyExists"));
    }

    [Fact]
    public async Task Update_StatusChangesOnMainResource_AreIgnored_AndGenerationFollowsSpec()
    {
        var ns = await NewNamespaceAsync();
        var created = await server.PostAsync($"/apis/apps/v1/namespaces/{ns}/deployments", """
            {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web"},
             "spec":{"replicas":1,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},
             "spec":{"containers":[{"name":"web","image":"busybox"}]}}}}
            """);
        Assert.Equal(201, created.Code);

        var withStatus = await server.PatchAsync($"/apis/apps/v1/namespaces/{ns}/deployments/web",
            """{"status":{"replicas":5},"metadata":{"labels":{"x":"y"}}}""", "application/merge-patch+json");
        Assert.Equal(200, withStatus.Code);
        Assert.Null(withStatus.Json["status"]!["replicas"]);
        Assert.Equal(1, withStatus.Json["metadata"]!["generation"]!.GetValue<long>());

        var spec = await server.PatchAsync($"/apis/apps/v1/namespaces/{ns}/deployments/web", """{"spec":{"replicas":3}}""", "application/merge-patch+json");
        Assert.Equal(2, spec.Json["metadata"]!["generation"]!.GetValue<long>());

        var status = await server.PatchAsync($"/apis/apps/v1/namespaces/{ns}/deployments/web/status",
            """{"status":{"replicas":3},"spec":{"replicas":9}}""", "application/merge-patch+json");
        Assert.Equal(200, status.Code);
        Assert.Equal(3, status.Json["status"]!["replicas"]!.GetValue<int>());
        Assert.Equal(3, status.Json["spec"]!["replicas"]!.GetValue<int>());
        Assert.Equal(2, status.Json["metadata"]!["generation"]!.GetValue<long>());
    }

    [Fact]
    public async Task StatusPatch_KeepsAnnotationChangesButNotLabelsOrSpec_ForDeployments()
    {
        var ns = await NewNamespaceAsync();
        await server.PostAsync($"/apis/apps/v1/namespaces/{ns}/deployments", """
            {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","labels":{"app":"web"}},
             "spec":{"replicas":2,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},
             "spec":{"containers":[{"name":"web","image":"busybox"}]}}}}
            """);

        // As the deployment controller sets its revision annotation together with the status.
        var patched = await server.PatchAsync($"/apis/apps/v1/namespaces/{ns}/deployments/web/status",
            """{"metadata":{"labels":{"app":"other"},"annotations":{"deployment.kubernetes.io/revision":"1"}},"spec":{"replicas":9},"status":{"replicas":2}}""",
            "application/merge-patch+json");

        Assert.Equal(200, patched.Code);
        Assert.Equal("1", patched.Json["metadata"]!["annotations"]!["deployment.kubernetes.io/revision"]!.GetValue<string>());
        Assert.Equal("web", patched.Json["metadata"]!["labels"]!["app"]!.GetValue<string>());
        Assert.Equal(2, patched.Json["spec"]!["replicas"]!.GetValue<int>());
        Assert.Equal(2, patched.Json["status"]!["replicas"]!.GetValue<int>());
        Assert.Equal(1, patched.Json["metadata"]!["generation"]!.GetValue<long>());
    }

    [Fact]
    public async Task StatusPatch_KeepsLabelChangesButNotOwnerReferences_ForPods()
    {
        var ns = await NewNamespaceAsync();
        await server.PostAsync($"/api/v1/namespaces/{ns}/pods",
            """{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"containers":[{"name":"c","image":"busybox"}]}}""");

        var patched = await server.PatchAsync($"/api/v1/namespaces/{ns}/pods/p/status",
            """{"metadata":{"labels":{"seen":"yes"},"ownerReferences":[{"apiVersion":"v1","kind":"Node","name":"n","uid":"u"}]},"status":{"phase":"Running"}}""",
            "application/merge-patch+json");

        Assert.Equal(200, patched.Code);
        Assert.Equal("yes", patched.Json["metadata"]!["labels"]!["seen"]!.GetValue<string>());
        Assert.Null(patched.Json["metadata"]!["ownerReferences"]);
        Assert.Equal("Running", patched.Json["status"]!["phase"]!.GetValue<string>());
    }

    [Fact]
    public async Task Scale_GetAndPut_MapToSpecReplicas()
    {
        var ns = await NewNamespaceAsync();
        await server.PostAsync($"/apis/apps/v1/namespaces/{ns}/replicasets", """
            {"apiVersion":"apps/v1","kind":"ReplicaSet","metadata":{"name":"rs"},
             "spec":{"replicas":2,"selector":{"matchLabels":{"app":"rs"}},"template":{"metadata":{"labels":{"app":"rs"}},
             "spec":{"containers":[{"name":"c","image":"busybox"}]}}}}
            """);

        var scale = await server.GetAsync($"/apis/apps/v1/namespaces/{ns}/replicasets/rs/scale");
        Assert.Equal("Scale", scale.Json["kind"]!.GetValue<string>());
        Assert.Equal("autoscaling/v1", scale.Json["apiVersion"]!.GetValue<string>());
        Assert.Equal(2, scale.Json["spec"]!["replicas"]!.GetValue<int>());
        Assert.Equal("app=rs", scale.Json["status"]!["selector"]!.GetValue<string>());

        var put = await server.PutAsync($"/apis/apps/v1/namespaces/{ns}/replicasets/rs/scale",
            """{"apiVersion":"autoscaling/v1","kind":"Scale","metadata":{"name":"rs"},"spec":{"replicas":4}}""");
        Assert.Equal(200, put.Code);
        Assert.Equal(4, (await server.GetAsync($"/apis/apps/v1/namespaces/{ns}/replicasets/rs")).Json["spec"]!["replicas"]!.GetValue<int>());
    }

    [Fact]
    public async Task Scale_WithoutResourceVersion_SucceedsWhileStatusIsWrittenConcurrently()
    {
        var ns = await NewNamespaceAsync();
        await server.PostAsync($"/apis/apps/v1/namespaces/{ns}/replicasets", """
            {"apiVersion":"apps/v1","kind":"ReplicaSet","metadata":{"name":"rs"},
             "spec":{"replicas":1,"selector":{"matchLabels":{"app":"rs"}},"template":{"metadata":{"labels":{"app":"rs"}},
             "spec":{"containers":[{"name":"c","image":"busybox"}]}}}}
            """);

        // As a controller writing status while a user runs `kubectl scale`: upstream applies an
        // unpinned scale to the latest object instead of answering 409.
        var scales = Enumerable.Range(1, 10).Select(i => server.PutAsync($"/apis/apps/v1/namespaces/{ns}/replicasets/rs/scale",
            $$$"""{"apiVersion":"autoscaling/v1","kind":"Scale","metadata":{"name":"rs"},"spec":{"replicas":{{{i}}}}}"""));
        var statuses = Enumerable.Range(1, 10).Select(i => server.PatchAsync($"/apis/apps/v1/namespaces/{ns}/replicasets/rs/status",
            $$$"""{"status":{"replicas":{{{i}}}}}""", "application/merge-patch+json"));
        var results = await Task.WhenAll(scales.Concat(statuses));

        Assert.All(results, r => Assert.Equal(200, r.Code));
    }

    [Fact]
    public async Task Create_InTerminatingNamespace_IsForbiddenWithTheNamespaceTerminatingCause()
    {
        var ns = await NewNamespaceAsync();
        // Nothing runs the namespace controller here, so the "kubernetes" finalizer keeps it Terminating.
        Assert.Equal(200, (await server.DeleteAsync($"/api/v1/namespaces/{ns}")).Code);

        var refused = await server.PostAsync($"/api/v1/namespaces/{ns}/configmaps", ConfigMap("late"));

        Assert.Equal(403, refused.Code);
        Assert.Equal("Forbidden", refused.Json["reason"]!.GetValue<string>());
        Assert.Equal($"configmaps \"late\" is forbidden: unable to create new content in namespace {ns} because it is being terminated",
            refused.Json["message"]!.GetValue<string>());
        var cause = refused.Json["details"]!["causes"]![0]!;
        Assert.Equal("NamespaceTerminating", cause["reason"]!.GetValue<string>());
        Assert.Equal($"namespace {ns} is being terminated", cause["message"]!.GetValue<string>());
        Assert.Equal("metadata.namespace", cause["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Binding_SetsNodeOnce_ThenConflicts()
    {
        var ns = await NewNamespaceAsync();
        await server.PostAsync($"/api/v1/namespaces/{ns}/pods",
            """{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"containers":[{"name":"c","image":"busybox"}]}}""");
        var binding = """{"apiVersion":"v1","kind":"Binding","metadata":{"name":"p"},"target":{"kind":"Node","name":"n1"}}""";

        Assert.Equal(201, (await server.PostAsync($"/api/v1/namespaces/{ns}/pods/p/binding", binding)).Code);
        var again = await server.PostAsync($"/api/v1/namespaces/{ns}/pods/p/binding", binding);

        Assert.Equal(409, again.Code);
        var pod = (await server.GetAsync($"/api/v1/namespaces/{ns}/pods/p")).Json;
        Assert.Equal("n1", pod["spec"]!["nodeName"]!.GetValue<string>());
        Assert.Equal("Pending", pod["status"]!["phase"]!.GetValue<string>());
        Assert.Equal("BestEffort", pod["status"]!["qosClass"]!.GetValue<string>());
    }

    [Fact]
    public async Task Delete_ConfigMap_ReturnsSuccessStatus_PodReturnsObject()
    {
        var ns = await NewNamespaceAsync();
        await server.PostAsync($"/api/v1/namespaces/{ns}/configmaps", ConfigMap("a"));
        await server.PostAsync($"/api/v1/namespaces/{ns}/pods",
            """{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"containers":[{"name":"c","image":"busybox"}]}}""");

        var cm = await server.DeleteAsync($"/api/v1/namespaces/{ns}/configmaps/a");
        var pod = await server.DeleteAsync($"/api/v1/namespaces/{ns}/pods/p");

        Assert.Equal(200, cm.Code);
        Assert.Equal("Success", cm.Json["status"]!.GetValue<string>());
        Assert.Equal(200, pod.Code);
        Assert.Equal("Pod", pod.Json["kind"]!.GetValue<string>());
        Assert.Equal(404, (await server.GetAsync($"/api/v1/namespaces/{ns}/pods/p")).Code);
    }

    [Fact]
    public async Task Delete_WithFinalizer_WaitsUntilFinalizerRemoved()
    {
        var ns = await NewNamespaceAsync();
        await server.PostAsync($"/api/v1/namespaces/{ns}/configmaps",
            """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"f","finalizers":["example.com/hold"]}}""");

        var deleting = await server.DeleteAsync($"/api/v1/namespaces/{ns}/configmaps/f");
        Assert.Equal(200, deleting.Code);
        var held = await server.GetAsync($"/api/v1/namespaces/{ns}/configmaps/f");
        Assert.NotNull(held.Json["metadata"]!["deletionTimestamp"]);

        var released = await server.PatchAsync($"/api/v1/namespaces/{ns}/configmaps/f",
            """{"metadata":{"finalizers":null}}""", "application/merge-patch+json");
        Assert.Equal(200, released.Code);
        Assert.Equal(404, (await server.GetAsync($"/api/v1/namespaces/{ns}/configmaps/f")).Code);
    }

    [Fact]
    public async Task Delete_Orphan_RecordsOrphanFinalizer()
    {
        var ns = await NewNamespaceAsync();
        await server.PostAsync($"/api/v1/namespaces/{ns}/configmaps", ConfigMap("o"));
        var answer = await server.DeleteAsync($"/api/v1/namespaces/{ns}/configmaps/o", """{"propagationPolicy":"Orphan"}""");
        Assert.Equal(200, answer.Code);
        var held = (await server.GetAsync($"/api/v1/namespaces/{ns}/configmaps/o")).Json;
        Assert.Equal(["orphan"], held["metadata"]!["finalizers"]!.AsArray().Select(f => f!.GetValue<string>()));
    }

    [Fact]
    public async Task DryRun_Create_StoresNothing()
    {
        var ns = await NewNamespaceAsync();
        var answer = await server.PostAsync($"/api/v1/namespaces/{ns}/configmaps?dryRun=All", ConfigMap("dry"));
        Assert.Equal(201, answer.Code);
        Assert.Equal(404, (await server.GetAsync($"/api/v1/namespaces/{ns}/configmaps/dry")).Code);
    }

    [Fact]
    public async Task List_LimitAndContinue_PageThroughOneSnapshot()
    {
        var ns = await NewNamespaceAsync();
        for (var i = 0; i < 7; i++)
        {
            await server.PostAsync($"/api/v1/namespaces/{ns}/configmaps", ConfigMap($"c{i}"));
        }

        var first = (await server.GetAsync($"/api/v1/namespaces/{ns}/configmaps?limit=3")).Json;
        Assert.Equal(3, first["items"]!.AsArray().Count);
        Assert.Equal(4, first["metadata"]!["remainingItemCount"]!.GetValue<long>());
        await server.PostAsync($"/api/v1/namespaces/{ns}/configmaps", ConfigMap("c9-late"));

        var names = first["items"]!.AsArray().Select(i => i!["metadata"]!["name"]!.GetValue<string>()).ToList();
        var token = first["metadata"]!["continue"]!.GetValue<string>();
        while (token.Length > 0)
        {
            var page = (await server.GetAsync($"/api/v1/namespaces/{ns}/configmaps?limit=3&continue={Uri.EscapeDataString(token)}")).Json;
            names.AddRange(page["items"]!.AsArray().Select(i => i!["metadata"]!["name"]!.GetValue<string>()));
            token = page["metadata"]!["continue"]?.GetValue<string>() ?? "";
        }

        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"c{i}"), names);
    }

    [Fact]
    public async Task List_LabelAndFieldSelectors_Filter()
    {
        var ns = await NewNamespaceAsync();
        await server.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a","labels":{"tier":"web"}}}""");
        await server.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"b","labels":{"tier":"db"}}}""");

        var byLabel = (await server.GetAsync($"/api/v1/namespaces/{ns}/configmaps?labelSelector=tier%3Dweb")).Json;
        var byField = (await server.GetAsync($"/api/v1/namespaces/{ns}/configmaps?fieldSelector=metadata.name%3Db")).Json;
        var badField = await server.GetAsync($"/api/v1/namespaces/{ns}/configmaps?fieldSelector=spec.nodeName%3Dx");
        var badLabel = await server.GetAsync($"/api/v1/namespaces/{ns}/configmaps?labelSelector=tier%3D%3D%3D");

        Assert.Equal(["a"], byLabel["items"]!.AsArray().Select(i => i!["metadata"]!["name"]!.GetValue<string>()));
        Assert.Equal(["b"], byField["items"]!.AsArray().Select(i => i!["metadata"]!["name"]!.GetValue<string>()));
        Assert.Equal(400, badField.Code);
        Assert.Equal(400, badLabel.Code);
    }

    [Fact]
    public async Task Namespace_Terminating_RefusesNewObjects()
    {
        var ns = await NewNamespaceAsync();
        Assert.Equal(200, (await server.DeleteAsync($"/api/v1/namespaces/{ns}")).Code);
        var refused = await server.PostAsync($"/api/v1/namespaces/{ns}/configmaps", ConfigMap("late"));
        Assert.Equal(403, refused.Code);
        Assert.Equal("Forbidden", refused.Reason);
        Assert.Equal("Terminating", (await server.GetAsync($"/api/v1/namespaces/{ns}")).Json["status"]!["phase"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("default")]
    [InlineData("kube-system")]
    [InlineData("kube-public")]
    public async Task Namespace_System_CannotBeDeleted(string name)
    {
        var refused = await server.DeleteAsync($"/api/v1/namespaces/{name}");
        Assert.Equal(403, refused.Code);
    }

    [Fact]
    public async Task Bootstrap_KubernetesServiceAndSystemNamespacesExist()
    {
        var names = (await server.GetAsync("/api/v1/namespaces")).Json["items"]!.AsArray()
            .Select(i => i!["metadata"]!["name"]!.GetValue<string>()).ToList();
        Assert.Superset(new HashSet<string> { "default", "kube-system", "kube-public", "kube-node-lease" }, names.ToHashSet());
        var svc = (await server.GetAsync("/api/v1/namespaces/default/services/kubernetes")).Json;
        Assert.Equal("10.43.0.1", svc["spec"]!["clusterIP"]!.GetValue<string>());
        var ep = (await server.GetAsync("/api/v1/namespaces/default/endpoints/kubernetes")).Json;
        Assert.Equal(server.Server.Port, ep["subsets"]![0]!["ports"]![0]!["port"]!.GetValue<int>());
        var slice = (await server.GetAsync("/apis/discovery.k8s.io/v1/namespaces/default/endpointslices/kubernetes")).Json;
        Assert.Equal("kubernetes", slice["metadata"]!["labels"]!["kubernetes.io/service-name"]!.GetValue<string>());
        Assert.Equal(server.Server.Port, slice["ports"]![0]!["port"]!.GetValue<int>());
        Assert.Equal(ep["subsets"]![0]!["addresses"]![0]!["ip"]!.GetValue<string>(), slice["endpoints"]![0]!["addresses"]![0]!.GetValue<string>());
        Assert.True(slice["endpoints"]![0]!["conditions"]!["ready"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Anonymous_Gets401_ButHealthIsPublic()
    {
        using var anonymous = server.NewClient();
        var denied = await anonymous.GetAsync("/api/v1/namespaces");
        Assert.Equal(401, (int)denied.StatusCode);
        Assert.Equal("Unauthorized", JsonNode.Parse(await denied.Content.ReadAsStringAsync())!["reason"]!.GetValue<string>());
        Assert.Equal("ok", await anonymous.GetStringAsync("/livez"));
    }

    [Fact]
    public async Task Delete_ScheduledPod_IsGraceful_UntilGracePeriodZero()
    {
        var ns = await NewNamespaceAsync();
        await server.PostAsync($"/api/v1/namespaces/{ns}/pods",
            """{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"terminationGracePeriodSeconds":45,"containers":[{"name":"c","image":"busybox"}]}}""");
        await server.PostAsync($"/api/v1/namespaces/{ns}/pods/p/binding",
            """{"apiVersion":"v1","kind":"Binding","metadata":{"name":"p"},"target":{"kind":"Node","name":"n1"}}""");

        var graceful = await server.DeleteAsync($"/api/v1/namespaces/{ns}/pods/p");
        Assert.Equal(200, graceful.Code);
        Assert.Equal(45, graceful.Json["metadata"]!["deletionGracePeriodSeconds"]!.GetValue<long>());
        Assert.NotNull(graceful.Json["metadata"]!["deletionTimestamp"]);
        Assert.Equal(200, (await server.GetAsync($"/api/v1/namespaces/{ns}/pods/p")).Code);

        // The kubelet's final delete: grace period 0 removes it.
        Assert.Equal(200, (await server.DeleteAsync($"/api/v1/namespaces/{ns}/pods/p", """{"gracePeriodSeconds":0}""")).Code);
        Assert.Equal(404, (await server.GetAsync($"/api/v1/namespaces/{ns}/pods/p")).Code);
    }

    [Fact]
    public async Task List_ResourceVersionAheadOfTheStore_Returns504TooLarge()
    {
        var ns = await NewNamespaceAsync();
        var ahead = server.Store.CurrentRevision + 1000;
        var answer = await server.GetAsync($"/api/v1/namespaces/{ns}/configmaps?resourceVersion={ahead}");
        Assert.Equal(504, answer.Code);
        Assert.Equal("Timeout", answer.Reason);
        Assert.StartsWith($"Too large resource version: {ahead}", answer.Json["message"]!.GetValue<string>());
    }
}
