namespace Dotkube.Tests.Acceptance.Kubectl;

/// <summary>
/// All kubectl scripts share one server process (start-up costs a few seconds; each test works in
/// its own namespace). Tests of one collection run one after another; the Python and JavaScript
/// client tests have servers of their own and run in parallel with these.
/// </summary>
[CollectionDefinition(Name)]
public sealed class KubectlCollection : ICollectionFixture<ApiOnlyServerFixture>
{
    public const string Name = "kubectl against the dotkube binary";
}

/// <summary>
/// The binary with --disable-controller-manager and --disable-scheduler: these scripts check how the API server answers
/// kubectl, and their golden outputs must not depend on how far a controller got when kubectl
/// printed. Controller behaviour has its own scenarios (Acceptance/Controllers). Without the
/// controllers no namespace gets a default ServiceAccount, so the ServiceAccount admission plugin
/// is off, as it would have to be upstream.
/// </summary>
public sealed class ApiOnlyServerFixture : BinaryServerFixture
{
    protected override IEnumerable<string> ExtraArguments =>
        ["--disable-controller-manager", "--disable-scheduler", "--kube-apiserver-arg", "disable-admission-plugins=ServiceAccount"];
}
