namespace Dotkube.Client.Tests.Support;

/// <summary>One API server shared by every integration test class: starting one costs more than most tests.</summary>
[CollectionDefinition(Name)]
public sealed class ApiServerCollection : ICollectionFixture<ApiServerFixture>
{
    public const string Name = "api server";
}
