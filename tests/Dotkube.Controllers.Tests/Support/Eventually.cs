namespace Dotkube.Controllers.Tests.Support;

/// <summary>
/// Polls the API until a condition holds: controllers act asynchronously, and the wall clock only
/// bounds how long a broken test hangs (default 20 s).
/// </summary>
public static class Eventually
{
    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, TimeSpan? limit = null)
    {
        var deadline = DateTime.UtcNow + (limit ?? TimeSpan.FromSeconds(20));
        T last;
        while (true)
        {
            last = await read();
            if (done(last))
                return last;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"Timed out waiting for {what}; last seen: {Describe(last)}");
            await Task.Delay(20);
        }
    }

    public static Task HoldsAsync(Func<Task<bool>> condition, string what, TimeSpan? limit = null) =>
        ReturnsAsync(condition, ok => ok, what, limit);

    private static string Describe<T>(T value) => value switch
    {
        null => "null",
        System.Collections.ICollection c => $"{c.Count} items",
        _ => value.ToString() ?? "",
    };
}
