using System.Globalization;
using System.IO.Compression;
using System.Text;
using Ingestion.Enrichment.Engine.Entities.Features;

namespace Ingestion.Enrichment.Engine.Entities.Representations;

/// <summary>
/// Word clusters at a few granularities (e.g. 64, 256 and 1024 clusters of the same words), looked up by the hash of
/// a word's normalized form, as tagger features. Read from a gzipped text file: a header line <c># clusters 64 256
/// 1024</c>, then <c>word TAB c1 TAB c2 TAB c3</c>.
/// </summary>
public sealed class WordClusters
{
    /// <summary>The packed value of a word not in the file.</summary>
    public const ulong Unknown = ulong.MaxValue;

    private readonly Dictionary<ulong, ulong> _clusters;

    private WordClusters(IReadOnlyList<int> sizes, Dictionary<ulong, ulong> clusters)
    {
        Sizes = sizes;
        _clusters = clusters;
    }

    /// <summary>The number of clusters at each granularity, coarsest first.</summary>
    public IReadOnlyList<int> Sizes { get; }

    public int Count => _clusters.Count;

    /// <summary>The word's clusters, 16 bits per granularity, or <see cref="Unknown"/>.</summary>
    public ulong Lookup(ulong normHash) => _clusters.GetValueOrDefault(normHash, Unknown);

    /// <summary>The cluster at granularity <paramref name="level"/> of a packed value (<see cref="Unknown"/> stays unknown).</summary>
    public static ulong Level(ulong packed, int level) => packed == Unknown ? Unknown : (packed >> (16 * level)) & 0xFFFF;

    public static WordClusters Read(Stream gzipped)
    {
        using var gzip = new GZipStream(gzipped, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        string header = reader.ReadLine() ?? throw new InvalidDataException("The word cluster file is empty.");
        if (!header.StartsWith("# clusters ", StringComparison.Ordinal))
        {
            throw new InvalidDataException("The word cluster file does not start with '# clusters K1 K2 ...'.");
        }

        int[] sizes = [.. header["# clusters ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
        var clusters = new Dictionary<ulong, ulong>();
        while (reader.ReadLine() is { } line)
        {
            string[] columns = line.Split('\t');
            if (columns.Length != sizes.Length + 1)
            {
                throw new InvalidDataException($"A word cluster line has {columns.Length} columns, not {sizes.Length + 1}: '{line}'.");
            }

            ulong packed = 0;
            for (int level = 0; level < sizes.Length; level++)
            {
                packed |= ulong.Parse(columns[level + 1], CultureInfo.InvariantCulture) << (16 * level);
            }

            clusters[FeatureHash.Of(columns[0])] = packed;
        }

        return new WordClusters(sizes, clusters);
    }

    /// <summary>Writes words with their clusters per granularity (gzip, no timestamp: the same input gives the same bytes).</summary>
    public static void Write(Stream stream, IReadOnlyList<string> words, IReadOnlyList<int> sizes, IReadOnlyList<int[]> assignments)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(assignments);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("# clusters " + string.Join(' ', sizes));
        for (int w = 0; w < words.Count; w++)
        {
            writer.WriteLine(words[w] + "\t" + string.Join('\t', assignments.Select(a => a[w].ToString(CultureInfo.InvariantCulture))));
        }
    }
}
