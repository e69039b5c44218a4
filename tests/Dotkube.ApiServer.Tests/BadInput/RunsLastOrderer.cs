using Xunit.Abstractions;
using Xunit.Sdk;

namespace Dotkube.ApiServer.Tests.BadInput;

/// <summary>
/// Keeps xUnit's order within a class but moves <see cref="RunsLastAttribute"/> tests to the end:
/// the checksum comparison must see the store after all the bad requests.
/// </summary>
public sealed class RunsLastOrderer : ITestCaseOrderer
{
    public const string TypeName = "Dotkube.ApiServer.Tests.BadInput.RunsLastOrderer";

    public const string AssemblyName = "Dotkube.ApiServer.Tests";

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases)
        where TTestCase : ITestCase =>
        testCases.OrderBy(c => c.TestMethod.Method.GetCustomAttributes(typeof(RunsLastAttribute).AssemblyQualifiedName).Any() ? 1 : 0);
}
