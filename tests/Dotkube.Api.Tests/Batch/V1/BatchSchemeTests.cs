using Dotkube.Api.Batch.V1;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Tests.Batch.V1;

public class BatchSchemeTests
{
    [Theory]
    [InlineData("Job", "jobs", typeof(Job), new string[0])]
    [InlineData("CronJob", "cronjobs", typeof(CronJob), new[] { "cj" })]
    public void Scheme_BatchKind_ResolvesByKindAndPlural(string kind, string plural, Type type, string[] shortNames)
    {
        var byGvk = Scheme.Default.Find(new GroupVersionKind("batch", "v1", kind));

        Assert.NotNull(byGvk);
        Assert.Same(byGvk, Scheme.Default.FindResource("batch", "v1", plural));
        Assert.Equal(type, byGvk.ClrType);
        Assert.Equal(shortNames, byGvk.ShortNames);
        Assert.Equal(["all"], byGvk.Categories);
        Assert.Equal(["status"], byGvk.Subresources);
        Assert.Equal("batch/v1", byGvk.ApiVersion);
    }
}
