namespace Dotkube.ApiServer.Tests.BadInput;

/// <summary>Marks a test that must run after every other test of its class (see <see cref="RunsLastOrderer"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RunsLastAttribute : Attribute;
