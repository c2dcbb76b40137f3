namespace Rugao.Graph.Server.Transports.Http;

/// <summary>
/// Buffers a request body up to a byte limit. Content-Length cannot be trusted alone (chunked bodies have
/// none), so the limit is enforced on the bytes actually read.
/// </summary>
internal static class BoundedBodyReader
{
    private const int ChunkSize = 16 * 1024;

    /// <returns>The body, or null when it is larger than <paramref name="maxBytes"/>.</returns>
    public static async Task<MemoryStream?> ReadAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                await buffer.DisposeAsync();
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        return buffer;
    }
}
