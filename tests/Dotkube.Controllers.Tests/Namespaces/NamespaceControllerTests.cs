using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Rest;
using Dotkube.Controllers.Namespaces;
using Dotkube.Controllers.Tests.GarbageCollector;
using Dotkube.Controllers.Tests.Support;
using CoreNamespace = Dotkube.Api.Core.V1.Namespace;

namespace Dotkube.Controllers.Tests.Namespaces;

[Collection(ClusterCollection.Name)]
public sealed class NamespaceControllerTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(40);

    private KubeClient Client => fixture.Client;

    private Task<RunningControllers> StartAsync() =>
        RunningControllers.StartAsync(fixture, ctx => new NamespaceController(ctx));

    private async Task<CoreNamespace?> FindAsync(string name)
    {
        try
        {
            return await Client.GetAsync<CoreNamespace>(null, name);
        }
        catch (ApiStatusException e) when (e.IsNotFound)
        {
            return null;
        }
    }

    [Fact]
    public async Task A_deleted_namespace_with_fifty_mixed_objects_is_emptied_and_disappears()
    {
        var ns = await fixture.NewNamespaceAsync();
        for (var i = 0; i < 10; i++)
        {
            await Client.CreateAsync(new ConfigMap { Metadata = new ObjectMeta { Name = $"cm-{i}", Namespace = ns } });
            await Client.CreateAsync(new Secret { Metadata = new ObjectMeta { Name = $"secret-{i}", Namespace = ns } });
            await Client.CreateAsync(Workloads.Pod(ns, $"pod-{i}"));
            await Client.CreateAsync(new ServiceAccount { Metadata = new ObjectMeta { Name = $"sa-{i}", Namespace = ns } });
            if (i < 5)
            {
                await Client.CreateAsync(Workloads.Deployment(ns, $"deploy-{i}"));
                await Client.CreateAsync(new Service
                {
                    Metadata = new ObjectMeta { Name = $"svc-{i}", Namespace = ns },
                    Spec = new ServiceSpec { Ports = [new ServicePort { Port = 80 }] },
                });
            }
        }

        await using var controller = await StartAsync();
        await Client.DeleteAsync<CoreNamespace>(null, ns);

        await Eventually.HoldsAsync(async () => await FindAsync(ns) is null, "the namespace to disappear", Limit);
        Assert.Empty((await Client.ListAsync<ConfigMap>(ns)).Items);
        Assert.Empty((await Client.ListAsync<Pod>(ns)).Items);
        Assert.Empty((await Client.ListAsync<Deployment>(ns)).Items);
        Assert.Empty((await Client.ListAsync<Service>(ns)).Items);
    }

    [Fact]
    public async Task Content_held_by_a_finalizer_keeps_the_namespace_terminating_with_conditions_that_say_why()
    {
        var ns = await fixture.NewNamespaceAsync();
        await Client.CreateAsync(new ConfigMap { Metadata = new ObjectMeta { Name = "held", Namespace = ns, Finalizers = ["example.com/hold"] } });
        await using var controller = await StartAsync();
        await Client.DeleteAsync<CoreNamespace>(null, ns);

        var terminating = await Eventually.ReturnsAsync(() => FindAsync(ns),
            n => n?.Status.Conditions?.Any(c => c.Type == NamespaceConditionType.FinalizersRemaining && c.Status == "True") == true,
            "the finalizers-remaining condition", Limit);
        Assert.Equal("Terminating", terminating!.Status.Phase);
        var conditions = terminating.Status.Conditions!.ToDictionary(c => c.Type);
        Assert.Equal("Some content in the namespace has finalizers remaining: example.com/hold in 1 resource instances",
            conditions[NamespaceConditionType.FinalizersRemaining].Message);
        Assert.Equal("SomeFinalizersRemain", conditions[NamespaceConditionType.FinalizersRemaining].Reason);
        Assert.Equal("Some resources are remaining: configmaps has 1 resource instances", conditions[NamespaceConditionType.ContentRemaining].Message);
        Assert.Equal("SomeResourcesRemain", conditions[NamespaceConditionType.ContentRemaining].Reason);
        Assert.Equal("False", conditions[NamespaceConditionType.DeletionDiscoveryFailure].Status);
        Assert.Equal("ResourcesDiscovered", conditions[NamespaceConditionType.DeletionDiscoveryFailure].Reason);
        Assert.Equal("ContentDeleted", conditions[NamespaceConditionType.DeletionContentFailure].Reason);
        Assert.Contains("kubernetes", terminating.Spec.Finalizers!);

        await Client.PatchAsync<ConfigMap>(ns, "held", PatchType.Merge, """{"metadata":{"finalizers":null}}""");
        await Eventually.HoldsAsync(async () => await FindAsync(ns) is null, "the namespace to disappear once released", Limit);
    }

    [Fact]
    public async Task A_namespace_that_is_not_being_deleted_is_left_alone()
    {
        var ns = await fixture.NewNamespaceAsync();
        await Client.CreateAsync(new ConfigMap { Metadata = new ObjectMeta { Name = "kept", Namespace = ns } });
        await using var controller = await StartAsync();
        // Deleting another namespace proves the controller is working before we look at ours.
        var other = await fixture.NewNamespaceAsync();
        await Client.DeleteAsync<CoreNamespace>(null, other);
        await Eventually.HoldsAsync(async () => await FindAsync(other) is null, "the other namespace to disappear", Limit);

        Assert.Single((await Client.ListAsync<ConfigMap>(ns)).Items);
        Assert.Null((await FindAsync(ns))!.Metadata.DeletionTimestamp);
    }
}
