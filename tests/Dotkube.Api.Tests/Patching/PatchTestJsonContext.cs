using System.Text.Json.Serialization;

namespace Dotkube.Api.Tests.Patching;

/// <summary>Source-generated metadata for the test-local types, as ApiJsonContext is for the real ones.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(TestPod))]
internal sealed partial class PatchTestJsonContext : JsonSerializerContext;
