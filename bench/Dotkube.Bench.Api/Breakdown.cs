using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dotkube.Api.Defaulting;
using Dotkube.Api.Meta;
using Dotkube.Api.Patching;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;
using Dotkube.Api.Validation;
using Dotkube.ApiServer.Registry;
using Dotkube.Testing;

namespace Dotkube.Bench.Api;

/// <summary>
/// Where a create's time goes at 500 req/s, without touching the server: the same rate against
/// the HTTPS floor (GET /version: TLS, HTTP/2, Kestrel, authentication, the pipeline) and the
/// storage floor (IKeyValueStore.CreateAsync of the stored bytes, no HTTP), next to API creates
/// with their allocations and GC pauses; then the handler's CPU steps timed in-process on one
/// thread with the same public code the handlers call (decode, defaults, strategy, validation,
/// encode, response) for create and for the label patch.
/// </summary>
public static class Breakdown
{
    private const int Rate = 500;
    private const string Namespace = "brk";

    public static async Task RunAsync(ServerHost host, EtcdServer? etcd, BenchOptions options, CancellationToken ct)
    {
        var clients = host.Clients;
        var duration = TimeSpan.FromSeconds(options.DurationSeconds);
        await host.CreateNamespaceAsync(Namespace, ct).ConfigureAwait(false);
        await RatePhases.SeedAsync(clients, Namespace, "brw", 1, 1, ct).ConfigureAwait(false);
        var stored = (await host.Store.GetAsync($"/registry/pods/{Namespace}/{PodBodies.Name("brw", 0)}", ct).ConfigureAwait(false))?.Value
            ?? throw new InvalidOperationException("the seeded pod is not where /registry/pods/{namespace}/{name} says");

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"breakdown {host.Backend}: {Rate} req/s each, {options.DurationSeconds:F0} s; request body {PodBodies.Size} B, stored pod {stored.Length} B"));
        Report.RateHeader();
        var version = await OpenLoop.RunAsync("version", host.Backend, Rate, duration, options.MaxOutstanding, etcd,
            async (_, token) => (await clients.SendAsync(HttpMethod.Get, "/version", null, null, ClientPool.Json, token).ConfigureAwait(false)).Status,
            ct).ConfigureAwait(false);
        Report.Rate(version);

        var direct = await OpenLoop.RunAsync("store", host.Backend, Rate, duration, options.MaxOutstanding, etcd,
            async (i, token) =>
            {
                await host.Store.CreateAsync($"/bench-direct/{i:D8}", stored, token).ConfigureAwait(false);
                return 201;
            }, ct).ConfigureAwait(false);
        Report.Rate(direct);

        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var paused = GC.GetTotalPauseDuration();
        var gen2 = GC.CollectionCount(2);
        var gen0 = GC.CollectionCount(0);
        long n = -1;
        var create = await OpenLoop.RunAsync("create", host.Backend, Rate, duration, options.MaxOutstanding, etcd,
            async (_, token) => (await clients.SendAsync(HttpMethod.Post, $"/api/v1/namespaces/{Namespace}/pods",
                PodBodies.Create(PodBodies.Name("brk", Interlocked.Increment(ref n))), null, ClientPool.Json, token).ConfigureAwait(false)).Status,
            ct).ConfigureAwait(false);
        Report.Rate(create);
        var requests = create.Scheduled;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  API create, whole process (client + server): {(GC.GetTotalAllocatedBytes(false) - allocated) / 1024.0 / requests:F0} KiB allocated per request, " +
            $"GC paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds / create.Seconds:F1} ms per second " +
            $"({GC.CollectionCount(0) - gen0} gen0, {GC.CollectionCount(2) - gen2} gen2 collections)"));

        HandlerSteps();
        Report.Footprint($"breakdown ({host.Backend})");
    }

    /// <summary>Single-threaded microseconds per step of the create and patch handlers' CPU work.</summary>
    private static void HandlerSteps()
    {
        var resource = Scheme.Default.FindResource("", "v1", "pods") ?? throw new InvalidOperationException("pods are not served");
        var body = PodBodies.Create(PodBodies.Name("stp", 0));
        var patch = PodBodies.LabelPatch(1);
        var now = DateTimeOffset.UtcNow;
        const int iterations = 2_000;
        var steps = new (string Name, long Ticks)[]
        {
            ("decode body", 0), ("defaults", 0), ("create strategy", 0), ("validate create", 0), ("encode for storage", 0),
            ("decode stored", 0), ("serialize response", 0),
            ("patch: serialize current", 0), ("patch: strategic merge", 0), ("patch: decode patched", 0),
            ("patch: update strategy", 0), ("patch: validate update", 0), ("patch: encode x2 (no-op check)", 0),
        };

        for (var i = -200; i < iterations; i++)
        {
            var t = new long[steps.Length + 1];
            t[0] = Stopwatch.GetTimestamp();
            var obj = (KubeObject)KubeDecoder.Decode(body, FieldValidation.Warn, resource).Object;
            t[1] = Stopwatch.GetTimestamp();
            ObjectDefaults.Apply(obj);
            t[2] = Stopwatch.GetTimestamp();
            obj.Metadata.Namespace = Namespace;
            ObjectStrategy.PrepareForCreate(resource, obj, now);
            t[3] = Stopwatch.GetTimestamp();
            var errors = ObjectValidation.ValidateCreate(obj);
            t[4] = Stopwatch.GetTimestamp();
            var bytes = StoredObject.Encode(obj);
            t[5] = Stopwatch.GetTimestamp();
            var current = StoredObject.Decode(resource, bytes, 1000 + i);
            t[6] = Stopwatch.GetTimestamp();
            _ = KubeJson.Serialize(current, resource.ClrType);
            t[7] = Stopwatch.GetTimestamp();

            // The patch handler (ResourceHandler.Patch.cs, Update.cs) on that stored object.
            var original = KubeJson.Serialize(current, resource.ClrType);
            t[8] = Stopwatch.GetTimestamp();
            var merged = StrategicMergePatch.Apply(System.Text.Json.Nodes.JsonNode.Parse(original)!.AsObject(),
                StrategicMergePatch.ParsePatch(patch), resource.ClrType);
            var patched = JsonSerializer.SerializeToUtf8Bytes(merged);
            t[9] = Stopwatch.GetTimestamp();
            var incoming = (KubeObject)KubeDecoder.Decode(patched, FieldValidation.Warn, resource).Object;
            ObjectDefaults.Apply(incoming);
            t[10] = Stopwatch.GetTimestamp();
            var prepared = ObjectStrategy.PrepareForUpdate(resource, incoming, current);
            t[11] = Stopwatch.GetTimestamp();
            var updateErrors = ObjectValidation.ValidateUpdate(prepared, current);
            t[12] = Stopwatch.GetTimestamp();
            _ = StoredObject.Encode(prepared).AsSpan().SequenceEqual(StoredObject.Encode(current));
            t[13] = Stopwatch.GetTimestamp();
            if (errors.Count > 0 || updateErrors.Count > 0)
            {
                throw new InvalidOperationException("the bench pod does not validate: " + string.Join("; ", errors.Concat(updateErrors)));
            }

            if (i >= 0)
            {
                for (var s = 0; s < steps.Length; s++)
                {
                    steps[s].Ticks += t[s + 1] - t[s];
                }
            }
        }

        double Us(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency / iterations;
        var createUs = steps.Take(7).Sum(s => Us(s.Ticks));
        var patchUs = steps.Skip(7).Sum(s => Us(s.Ticks)) + Us(steps[4].Ticks) + Us(steps[5].Ticks) * 2 + Us(steps[6].Ticks);
        Console.WriteLine("  handler CPU steps, in-process, one thread (us per request):");
        Console.WriteLine("    " + string.Join(", ", steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Name} {Us(s.Ticks):F0}"))));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    create total {createUs:F0} us; patch total ~{patchUs:F0} us (its steps + read decode, storage encode, result decode, response)"));
    }
}
