namespace Dotkube.Tests.Acceptance.Kubectl;

/// <summary>
/// All kubectl scripts share one server process (start-up costs a few seconds; each test works in
/// its own namespace). Tests of one collection run one after another; the Python and JavaScript
/// client tests have servers of their own and run in parallel with these.
/// </summary>
[CollectionDefinition(Name)]
public sealed class KubectlCollection : ICollectionFixture<BinaryServerFixture>
{
    public const string Name = "kubectl against the dotkube binary";
}
