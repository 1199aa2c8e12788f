using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SopIngest.Search.Lucene;

/// <summary>Counts the values of the facet fields (sorted-set doc values) over every matching document.</summary>
internal sealed class FacetCollector : ICollector
{
    private readonly IReadOnlyDictionary<string, string> _fields;
    private readonly Dictionary<string, Dictionary<string, int>> _counts = new();
    private readonly Dictionary<string, SortedSetDocValues?> _current = new();

    public FacetCollector(IReadOnlyDictionary<string, string> fields)
    {
        _fields = fields;
        foreach (var name in fields.Keys) _counts[name] = new Dictionary<string, int>(StringComparer.Ordinal);
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        foreach (var (name, field) in _fields) _current[name] = context.AtomicReader.GetSortedSetDocValues(field);
    }

    public void Collect(int doc)
    {
        var bytes = new BytesRef();
        foreach (var (name, values) in _current)
        {
            if (values is null) continue;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                values.LookupOrd(ord, bytes);
                var value = bytes.Utf8ToString();
                _counts[name][value] = _counts[name].GetValueOrDefault(value) + 1;
            }
        }
    }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Result(int top = 20) =>
        _counts.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<FacetValue>)kv.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
                .Take(top).Select(v => new FacetValue(v.Key, v.Value)).ToList());
}
