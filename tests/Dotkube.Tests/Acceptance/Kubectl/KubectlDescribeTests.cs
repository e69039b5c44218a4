namespace Dotkube.Tests.Acceptance.Kubectl;

/// <summary>
/// kubectl describe: client-side formatting of the object plus the related objects kubectl looks
/// up (ReplicaSets, Endpoints/EndpointSlices, Events). The golden files are what upstream prints
/// while no controller has acted yet, which is where dotkube is until the controllers land.
/// </summary>
[Collection(KubectlCollection.Name)]
public class KubectlDescribeTests(ApiOnlyServerFixture server)
{
    [Fact]
    public async Task DescribeDeployment_Applied_PrintsSpecAndPodTemplate()
    {
        await server.ApplyAppAsync("describe-deploy");

        var result = await server.Kubectl.RunAsync("describe", "deployment", "web", "-n", "describe-deploy");

        Golden.AssertText("describe-deployment.txt", result);
    }

    [Fact]
    public async Task DescribeService_Applied_PrintsAllocatedIpsAndPorts()
    {
        await server.ApplyAppAsync("describe-svc");

        var result = await server.Kubectl.RunAsync("describe", "service", "web", "-n", "describe-svc");

        Golden.AssertText("describe-service.txt", result);
    }
}
