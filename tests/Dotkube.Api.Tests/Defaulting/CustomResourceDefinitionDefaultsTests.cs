using Dotkube.Api.ApiExtensions.V1;
using static Dotkube.Api.Tests.Defaulting.DefaultingHarness;

namespace Dotkube.Api.Tests.Defaulting;

public class CustomResourceDefinitionDefaultsTests
{
    [Fact]
    public void Apply_Crd_DefaultsNamesConversionAndStoredVersions()
    {
        var crd = Defaulted<CustomResourceDefinition>("""
            {"metadata":{"name":"crontabs.example.com"},"spec":{"group":"example.com","scope":"Namespaced",
             "names":{"plural":"crontabs","kind":"CronTab"},
             "versions":[{"name":"v1beta1","served":true,"storage":false},{"name":"v1","served":true,"storage":true}]}}
            """);

        Assert.Equal(("crontab", "CronTabList"), (crd.Spec.Names.Singular!, crd.Spec.Names.ListKind!));
        Assert.Equal("None", crd.Spec.Conversion!.Strategy);
        Assert.Null(crd.Spec.Conversion.Webhook);
        Assert.Equal(["v1"], crd.Status.StoredVersions);
    }

    [Fact]
    public void Apply_CrdWebhookConversionService_DefaultsPort443()
    {
        var crd = Defaulted<CustomResourceDefinition>("""
            {"spec":{"names":{"plural":"xs","kind":"X","singular":"ex","listKind":"XItems"},
             "conversion":{"strategy":"Webhook","webhook":{"conversionReviewVersions":["v1"],"clientConfig":{"service":{"namespace":"n","name":"s"}}}}}}
            """);

        Assert.Equal(("ex", "XItems"), (crd.Spec.Names.Singular!, crd.Spec.Names.ListKind!));
        Assert.Equal(443, crd.Spec.Conversion!.Webhook!.ClientConfig!.Service!.Port);
        Assert.Equal(["v1"], crd.Spec.Conversion.Webhook.ConversionReviewVersions);
    }
}
