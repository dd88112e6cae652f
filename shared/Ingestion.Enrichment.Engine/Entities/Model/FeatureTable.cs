namespace Ingestion.Enrichment.Engine.Entities.Model;

// Open-addressing map from feature key to weight row: one probe into a flat array is about twice as fast as
// Dictionary<ulong, int> on the tagging hot path (tens of lookups per token).
internal sealed class FeatureTable
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;

    public FeatureTable(IReadOnlyList<ulong> keys)
    {
        int capacity = 16;
        while (capacity < keys.Count * 2)
        {
            capacity <<= 1;
        }

        _keys = new ulong[capacity];
        _rows = new int[capacity];
        _mask = capacity - 1;
        for (int row = 0; row < keys.Count; row++)
        {
            ulong key = Stored(keys[row]);
            int slot = (int)(key & (ulong)_mask);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _rows[slot] = row;
        }

        Count = keys.Count;
    }

    public int Count { get; }

    public int Find(ulong key)
    {
        key = Stored(key);
        int slot = (int)(key & (ulong)_mask);
        while (true)
        {
            ulong found = _keys[slot];
            if (found == key)
            {
                return _rows[slot];
            }

            if (found == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    // Zero marks an empty slot; keys are hashes, so folding a real zero onto one costs nothing measurable.
    private static ulong Stored(ulong key) => key == 0 ? 1 : key;
}
