using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Dotkube.Tests.Images;

/// <summary>An image tarball read into memory (ours are a few MiB), with its OCI and docker indexes parsed.</summary>
public sealed class OciArchive
{
    private OciArchive(IReadOnlyList<TarEntrySnapshot> entries) => Entries = entries;

    public IReadOnlyList<TarEntrySnapshot> Entries { get; }

    public JsonNode Index => Json("index.json");

    public JsonNode DockerManifest => Json("manifest.json");

    public static OciArchive Read(string path)
    {
        using var stream = System.IO.File.OpenRead(path);
        return new OciArchive(TarEntrySnapshot.ReadAll(stream));
    }

    public byte[] File(string name) => Entries.Single(e => e.Name == name).Content
        ?? throw new InvalidOperationException($"{name} is not a regular file");

    public JsonNode Json(string name) => JsonNode.Parse(File(name))!;

    /// <summary>The blob a "sha256:..." digest names; fails when its content does not hash to it.</summary>
    public byte[] Blob(string digest)
    {
        var content = File("blobs/sha256/" + digest["sha256:".Length..]);
        Assert.Equal(digest, "sha256:" + Convert.ToHexStringLower(SHA256.HashData(content)));
        return content;
    }

    public JsonNode BlobJson(string digest) => JsonNode.Parse(Blob(digest))!;

    /// <summary>The image manifest the index names <paramref name="reference"/>.</summary>
    public JsonNode Manifest(string reference) =>
        BlobJson(Index["manifests"]!.AsArray().Single(m => (string?)m!["annotations"]!["io.containerd.image.name"] == reference)!["digest"]!.GetValue<string>());

    public JsonNode Config(string reference) => BlobJson(Manifest(reference)["config"]!["digest"]!.GetValue<string>());

    public IReadOnlyList<TarEntrySnapshot> Layer(string reference, int index)
    {
        using var stream = new MemoryStream(Blob(Manifest(reference)["layers"]![index]!["digest"]!.GetValue<string>()));
        return TarEntrySnapshot.ReadAll(stream);
    }
}
