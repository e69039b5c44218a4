namespace Dotkube.Api.Naming;

/// <summary>
/// names.SimpleNameGenerator for metadata.generateName: the base cut to 58 characters plus five
/// random characters from util/rand's alphabet (no vowels, so no words form; no 0/1/3 look-alikes).
/// The randomness is injected so tests and simulations are reproducible.
/// </summary>
public sealed class NameGenerator
{
    /// <summary>MaxGeneratedNameLength: 63 - 5.</summary>
    public const int MaxBaseLength = 58;

    /// <summary>RandomLength.</summary>
    public const int RandomLength = 5;

    /// <summary>util/rand alphanums.</summary>
    public const string Alphabet = "bcdfghjklmnpqrstvwxz2456789";

    private readonly Random _random;
    private readonly Lock _lock = new();

    public NameGenerator(Random random) => _random = random;

    /// <summary>Shared generator over <see cref="Random.Shared"/>.</summary>
    public static NameGenerator Default { get; } = new(Random.Shared);

    public string GenerateName(string baseName)
    {
        // Upstream slices bytes; names are ASCII by the time they are valid, so characters match.
        if (baseName.Length > MaxBaseLength)
        {
            baseName = baseName[..MaxBaseLength];
        }

        return baseName + RandomSuffix();
    }

    /// <summary>util/rand.String(5).</summary>
    public string RandomSuffix()
    {
        Span<char> suffix = stackalloc char[RandomLength];
        lock (_lock)
        {
            for (var i = 0; i < suffix.Length; i++)
            {
                suffix[i] = Alphabet[_random.Next(Alphabet.Length)];
            }
        }

        return new string(suffix);
    }
}
