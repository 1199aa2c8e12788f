using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SopIngest.Core.Json;
using SopIngest.Search.Records;

namespace SopIngest.Search.Lucene;

/// <summary>How a record becomes a Lucene document, and the field names the index uses.</summary>
internal static class RecordDocument
{
    public const string Id = "id";
    public const string File = "file";
    public const string Json = "json";
    public const string DisplayTitle = "d_title";
    public const string DisplayNumber = "d_number";
    public const string DisplayAgency = "d_agency";
    /// <summary>Stemmed body text, stored with term-vector offsets: snippets are cut from it.</summary>
    public const string Content = "content";
    /// <summary>The body's words as written (no stemming): fuzzy matching for OCR noise runs here.</summary>
    public const string Surface = "surface";
    public const string Government = "f_government";
    public const string Office = "f_office";
    public const string Year = "f_year";
    public const string Actor = "f_actor";

    public static readonly IReadOnlyDictionary<string, string> FacetFields = new Dictionary<string, string>
    {
        ["government"] = Government, ["office"] = Office, ["year"] = Year, ["actor"] = Actor,
    };

    private static readonly FieldType ContentType = Frozen(new FieldType
    {
        IsIndexed = true, IsTokenized = true, IsStored = true,
        StoreTermVectors = true, StoreTermVectorOffsets = true,
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
    });

    private static readonly FieldType SurfaceType = Frozen(new FieldType
    {
        IsIndexed = true, IsTokenized = true, IsStored = false, OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    private static FieldType Frozen(FieldType t)
    {
        t.Freeze();
        return t;
    }

    public static Document Create(IndexedRecord item)
    {
        var r = item.Record;
        var doc = new Document
        {
            new StringField(Id, item.Id, Field.Store.YES),
            new StoredField(File, item.File),
            new StoredField(Json, SopJson.Serialize(r with { Id = item.Id }, indented: false)),
            new StoredField(DisplayTitle, r.Title),
            new StoredField(DisplayNumber, r.Number),
            new StoredField(DisplayAgency, RecordFields.AgencyLabel(r, item.File)),
        };
        foreach (var (name, text) in RecordFields.Text(r))
            if (text.Length > 0) doc.Add(new TextField(name, text, Field.Store.NO));
        var content = RecordFields.Content(r);
        doc.Add(new Field(Content, content, ContentType));
        doc.Add(new Field(Surface, content, SurfaceType));

        AddFacet(doc, Government, r.Agency.Government);
        AddFacet(doc, Office, r.Agency.Office);
        if (RecordFields.Year(r) is { } year) AddFacet(doc, Year, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var actor in RecordFields.FacetActors(r)) AddFacet(doc, Actor, actor);
        return doc;
    }

    private static void AddFacet(Document doc, string field, string value)
    {
        value = value.Trim();
        if (value.Length == 0) return;
        doc.Add(new StringField(field, value, Field.Store.NO));
        doc.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }
}
