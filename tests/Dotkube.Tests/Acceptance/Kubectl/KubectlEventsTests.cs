namespace Dotkube.Tests.Acceptance.Kubectl;

/// <summary>kubectl get events, on an Event written as the deployment controller writes them.</summary>
[Collection(KubectlCollection.Name)]
public class KubectlEventsTests(ApiOnlyServerFixture server)
{
    private const string Ns = "events";

    [Fact]
    public async Task GetEvents_DeploymentEvent_PrintsLastSeenTypeReasonObjectMessage()
    {
        await RecordEventAsync();

        var result = await server.Kubectl.RunAsync("get", "events", "-n", Ns);

        Golden.AssertTable("get-events.txt", result);
    }

    [Fact]
    public async Task GetEventsWide_DeploymentEvent_AddsSubobjectSourceFirstSeenCountName()
    {
        await RecordEventAsync();

        var result = await server.Kubectl.RunAsync("get", "events", "-n", Ns, "-o", "wide");

        Golden.AssertTable("get-events-wide.txt", result);
    }

    // Both tests use one namespace and one Event; apply makes the second call a no-op.
    private async Task RecordEventAsync()
    {
        await server.CreateNamespaceAsync(Ns);
        (await server.Kubectl.RunAsync("apply", "-f", AcceptancePaths.Manifest("event.yaml"))).Ok();
    }
}
