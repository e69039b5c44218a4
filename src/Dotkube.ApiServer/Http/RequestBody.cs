using System.Buffers;
using Dotkube.ApiServer.Errors;
using Microsoft.AspNetCore.Http;

namespace Dotkube.ApiServer.Http;

/// <summary>Reads request bodies up to the apiserver's limit, answering 413 beyond it.</summary>
public static class RequestBody
{
    public static async Task<byte[]> ReadAsync(HttpContext http, long limit)
    {
        var length = http.Request.ContentLength;
        if (length > limit)
        {
            throw TooLarge(limit);
        }

        if (length is { } known)
        {
            return await ReadExactlyAsync(http, (int)known);
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw TooLarge(limit);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// A body of announced length (every client but chunked uploads): read straight into its
    /// array, without the 64 KiB chunk and the growing copy, as every create and binding does.
    /// </summary>
    private static async Task<byte[]> ReadExactlyAsync(HttpContext http, int length)
    {
        var body = new byte[length];
        await http.Request.Body.ReadExactlyAsync(body, http.RequestAborted);
        return body;
    }

    private static ApiException TooLarge(long limit) =>
        ApiErrors.RequestEntityTooLarge($"Request entity too large: limit is {limit}");
}
