using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SopIngest.Search.Lucene;

/// <summary>
/// Counts the values of the facet fields (sorted-set doc values) over every matching document: per segment
/// by ordinal into an array, values turned into text once per segment for the ordinals that were seen.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly (string Name, string Field)[] _fields;
    private readonly Dictionary<string, int>[] _counts;
    private readonly SortedSetDocValues?[] _values;
    private readonly int[]?[] _ordCounts;

    public FacetCollector(IReadOnlyDictionary<string, string> fields)
    {
        _fields = fields.Select(kv => (kv.Key, kv.Value)).ToArray();
        _counts = _fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        _values = new SortedSetDocValues?[_fields.Length];
        _ordCounts = new int[]?[_fields.Length];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        FoldSegment();
        for (var f = 0; f < _fields.Length; f++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(_fields[f].Field);
            _values[f] = values;
            _ordCounts[f] = values is null ? null : new int[values.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (var f = 0; f < _values.Length; f++)
        {
            var values = _values[f];
            if (values is null) continue;
            var counts = _ordCounts[f]!;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) counts[ord]++;
        }
    }

    /// <summary>Adds the finished segment's ordinal counts to the counts by value.</summary>
    private void FoldSegment()
    {
        var bytes = new BytesRef();
        for (var f = 0; f < _fields.Length; f++)
        {
            if (_values[f] is not { } values || _ordCounts[f] is not { } counts) continue;
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0) continue;
                values.LookupOrd(ord, bytes);
                var value = bytes.Utf8ToString();
                _counts[f][value] = _counts[f].GetValueOrDefault(value) + counts[ord];
            }
            _values[f] = null;
            _ordCounts[f] = null;
        }
    }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Result(int top = 20)
    {
        FoldSegment();
        return _fields.Select((field, f) => (field.Name, Values: (IReadOnlyList<FacetValue>)_counts[f]
                .OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
                .Take(top).Select(v => new FacetValue(v.Key, v.Value)).ToList()))
            .ToDictionary(x => x.Name, x => x.Values);
    }
}
