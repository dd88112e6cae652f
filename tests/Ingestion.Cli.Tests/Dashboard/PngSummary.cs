using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Ingestion.Cli.Tests.Dashboard;

/// <summary>
/// Enough of a PNG to judge a screenshot without an image library: its size, and how many distinct byte values its
/// (filtered) pixel rows hold; a blank page compresses to rows of one or two values.
/// </summary>
internal sealed record PngSummary(int Width, int Height, int DistinctBytes)
{
    private static readonly byte[] s_signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static PngSummary Read(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        if (!bytes.AsSpan(0, 8).SequenceEqual(s_signature))
        {
            throw new InvalidDataException($"{path} is not a PNG.");
        }

        int width = 0, height = 0;
        using var idat = new MemoryStream();
        for (int at = 8; at + 8 <= bytes.Length;)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            string type = Encoding.ASCII.GetString(bytes, at + 4, 4);
            ReadOnlySpan<byte> data = bytes.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var pixels = new ZLibStream(idat, CompressionMode.Decompress);
        var seen = new bool[256];
        byte[] buffer = new byte[64 * 1024];
        for (int read; (read = pixels.Read(buffer)) > 0;)
        {
            foreach (byte value in buffer.AsSpan(0, read))
            {
                seen[value] = true;
            }
        }

        return new PngSummary(width, height, seen.Count(s => s));
    }
}
