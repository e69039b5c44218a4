using System.Text.Json.Serialization;

namespace Dotkube.ApiServer.Security.ServiceAccounts;

[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class JwtJsonContext : JsonSerializerContext;
