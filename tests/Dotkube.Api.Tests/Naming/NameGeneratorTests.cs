using Dotkube.Api.Naming;

namespace Dotkube.Api.Tests.Naming;

public class NameGeneratorTests
{
    [Fact]
    public void GenerateName_ShortBase_AppendsFiveAlphabetCharacters()
    {
        var name = new NameGenerator(new Random(1)).GenerateName("web-");

        Assert.Equal(9, name.Length);
        Assert.StartsWith("web-", name, StringComparison.Ordinal);
        Assert.All(name[4..], c => Assert.Contains(c, NameGenerator.Alphabet));
    }

    [Fact]
    public void GenerateName_LongBase_TruncatesTo58()
    {
        var name = new NameGenerator(new Random(1)).GenerateName(new string('a', 70));

        Assert.Equal(63, name.Length);
        Assert.StartsWith(new string('a', 58), name, StringComparison.Ordinal);
        Assert.Empty(NameValidation.IsDNS1123Label(name[..58] + "b"));
    }

    [Fact]
    public void GenerateName_SameSeed_IsReproducible() =>
        Assert.Equal(
            new NameGenerator(new Random(42)).GenerateName("pod-"),
            new NameGenerator(new Random(42)).GenerateName("pod-"));

    [Fact]
    public void Alphabet_IsUpstreams() =>
        Assert.Equal("bcdfghjklmnpqrstvwxz2456789", NameGenerator.Alphabet);

    [Fact]
    public void Default_GeneratesValidNames() =>
        Assert.Empty(NameValidation.IsDNS1123Subdomain(NameGenerator.Default.GenerateName("x-")));
}
