using System.Text.Json.Nodes;

namespace Dotkube.ApiServer.Tests.Server;

/// <summary>pods/eviction against PodDisruptionBudgets whose status the tests write themselves (no disruption controller runs here).</summary>
public sealed class EvictionTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    private readonly EvictionScenario _cluster = new(server);

    [Fact]
    public async Task A_budget_with_no_disruptions_left_refuses_with_upstreams_429_status()
    {
        var ns = await _cluster.GuardedPodAsync(allowed: 0, current: 2, desired: 2);

        var answer = await _cluster.EvictAsync(ns, "web-1");

        Assert.Equal(429, answer.Code);
        var expected = JsonNode.Parse("""
            {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure",
             "message":"Cannot evict pod as it would violate the pod's disruption budget.","reason":"TooManyRequests",
             "details":{"causes":[{"reason":"DisruptionBudget","message":"The disruption budget web-pdb needs 2 healthy pods and has 2 currently"}]},
             "code":429}
            """);
        Assert.True(JsonNode.DeepEquals(expected, answer.Json), answer.Body);
        Assert.False(answer.Headers.ContainsKey("Retry-After"));
        Assert.Null((await _cluster.PodJsonAsync(ns, "web-1"))["metadata"]!["deletionTimestamp"]);
    }

    [Fact]
    public async Task An_allowed_eviction_takes_a_disruption_marks_the_pod_and_deletes_it_gracefully()
    {
        var ns = await _cluster.GuardedPodAsync(allowed: 1, current: 3, desired: 2);

        var answer = await _cluster.EvictAsync(ns, "web-1");

        Assert.Equal(201, answer.Code);
        Assert.Equal("Success", answer.Json["status"]!.GetValue<string>());
        var status = (await _cluster.BudgetJsonAsync(ns, "web-pdb"))["status"]!;
        Assert.Equal(0, status["disruptionsAllowed"]!.GetValue<int>());
        Assert.NotNull(status["disruptedPods"]!["web-1"]);
        var condition = status["conditions"]!.AsArray().Single(c => c!["type"]!.GetValue<string>() == "DisruptionAllowed")!;
        Assert.Equal(("False", "InsufficientPods"), (condition["status"]!.GetValue<string>(), condition["reason"]!.GetValue<string>()));
        var pod = await _cluster.PodJsonAsync(ns, "web-1");
        Assert.NotNull(pod["metadata"]!["deletionTimestamp"]);
        var target = pod["status"]!["conditions"]!.AsArray().Single(c => c!["type"]!.GetValue<string>() == "DisruptionTarget")!;
        Assert.Equal(("True", "EvictionByEvictionAPI", "Eviction API: evicting"),
            (target["status"]!.GetValue<string>(), target["reason"]!.GetValue<string>(), target["message"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_pod_selected_by_two_budgets_is_refused_with_500()
    {
        var ns = await _cluster.NamespaceAsync();
        await _cluster.PodAsync(ns, "web-1");
        await _cluster.BudgetAsync(ns, "one", allowed: 1, current: 3, desired: 2);
        await _cluster.BudgetAsync(ns, "everything", allowed: 1, current: 3, desired: 2, selector: "{}");

        var answer = await _cluster.EvictAsync(ns, "web-1");

        Assert.Equal(500, answer.Code);
        Assert.Equal("Failure", answer.Json["status"]!.GetValue<string>());
        Assert.Equal("This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.",
            answer.Json["message"]!.GetValue<string>());
        Assert.Null((await _cluster.PodJsonAsync(ns, "web-1"))["metadata"]!["deletionTimestamp"]);
    }

    [Theory]
    [InlineData("query")]
    [InlineData("body")]
    public async Task A_dry_run_eviction_succeeds_without_touching_the_budget_or_the_pod(string where)
    {
        var ns = await _cluster.GuardedPodAsync(allowed: 1, current: 3, desired: 2);

        var answer = where == "query"
            ? await _cluster.EvictAsync(ns, "web-1", query: "?dryRun=All")
            : await _cluster.EvictAsync(ns, "web-1", deleteOptions: """{"dryRun":["All"]}""");

        Assert.Equal(201, answer.Code);
        var status = (await _cluster.BudgetJsonAsync(ns, "web-pdb"))["status"]!;
        Assert.Equal(1, status["disruptionsAllowed"]!.GetValue<int>());
        Assert.Null(status["disruptedPods"]);
        var pod = await _cluster.PodJsonAsync(ns, "web-1");
        Assert.Null(pod["metadata"]!["deletionTimestamp"]);
        Assert.DoesNotContain(pod["status"]!["conditions"]!.AsArray(), c => c!["type"]!.GetValue<string>() == "DisruptionTarget");
    }

    [Fact]
    public async Task A_budget_the_controller_has_not_observed_yet_asks_to_retry_in_ten_seconds()
    {
        var ns = await _cluster.GuardedPodAsync(allowed: 1, current: 3, desired: 2, observedGeneration: 0);

        var answer = await _cluster.EvictAsync(ns, "web-1");

        Assert.Equal(429, answer.Code);
        Assert.Equal("10", answer.Headers["Retry-After"]);
        var cause = answer.Json["details"]!["causes"]![0]!;
        Assert.Equal("The disruption budget web-pdb is still being processed by the server.", cause["message"]!.GetValue<string>());
        Assert.Equal(10, answer.Json["details"]!["retryAfterSeconds"]!.GetValue<int>());
    }

    public static TheoryData<string, string?, int, int, int> UnreadyCases => new()
    {
        // case, unhealthyPodEvictionPolicy, currentHealthy, desiredHealthy, expected code
        { "healthy budget, default policy", null, 2, 2, 201 },
        { "disrupted budget, default policy", null, 1, 2, 429 },
        { "disrupted budget, IfHealthyBudget", "IfHealthyBudget", 1, 2, 429 },
        { "disrupted budget, AlwaysAllow", "AlwaysAllow", 1, 2, 201 },
    };

    [Theory]
    [MemberData(nameof(UnreadyCases))]
    public async Task An_unready_running_pod_goes_without_taking_a_disruption_when_the_policy_allows(
        string name, string? policy, int current, int desired, int code)
    {
        var ns = await _cluster.NamespaceAsync();
        await _cluster.PodAsync(ns, "web-1", ready: false);
        await _cluster.BudgetAsync(ns, "web-pdb", allowed: 0, current: current, desired: desired, policy: policy);

        var answer = await _cluster.EvictAsync(ns, "web-1");

        Assert.True(code == answer.Code, $"{name}: {answer}");
        Assert.Equal(0, (await _cluster.BudgetJsonAsync(ns, "web-pdb"))["status"]!["disruptionsAllowed"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_pending_pod_is_evicted_whatever_its_budget_says()
    {
        var ns = await _cluster.NamespaceAsync();
        await _cluster.PodAsync(ns, "web-1", phase: "Pending", ready: false);
        await _cluster.BudgetAsync(ns, "web-pdb", allowed: 0, current: 2, desired: 2);

        var answer = await _cluster.EvictAsync(ns, "web-1");

        Assert.Equal(201, answer.Code);
        Assert.NotNull((await _cluster.PodJsonAsync(ns, "web-1"))["metadata"]!["deletionTimestamp"]);
    }

    [Fact]
    public async Task An_eviction_naming_another_pod_is_a_bad_request()
    {
        var ns = await _cluster.NamespaceAsync();
        await _cluster.PodAsync(ns, "web-1");

        var answer = await server.PostAsync($"/api/v1/namespaces/{ns}/pods/web-1/eviction",
            """{"apiVersion":"policy/v1","kind":"Eviction","metadata":{"name":"web-2"}}""");

        Assert.Equal(400, answer.Code);
        Assert.Equal("name in URL does not match name in Eviction object", answer.Json["message"]!.GetValue<string>());
    }
}
