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
    /// <summary>The title, stemmed, with positions (title phrases); boosted over the body.</summary>
    public const string Title = RecordFields.Title;
    /// <summary>
    /// Every searchable text of the record in one stemmed field (<see cref="BodyText"/>), stored with
    /// term-vector offsets: snippets are cut from it. One field instead of nine keeps a query word to one
    /// postings list.
    /// </summary>
    public const string Body = "body";
    /// <summary>Agency names and the approver's position, weighted under the body.</summary>
    public const string Agency = RecordFields.Agency;
    /// <summary>The body's words as written (no stemming): fuzzy matching for OCR noise runs here.</summary>
    public const string Surface = "surface";

    /// <summary>The fields a hit reads back (not the record JSON).</summary>
    public static readonly ISet<string> HitFields = new HashSet<string> { Id, File, DisplayTitle, DisplayNumber, DisplayAgency, Body };
    public const string Government = "f_government";
    public const string Office = "f_office";
    public const string Year = "f_year";
    public const string Actor = "f_actor";

    public static readonly IReadOnlyDictionary<string, string> FacetFields = new Dictionary<string, string>
    {
        ["government"] = Government, ["office"] = Office, ["year"] = Year, ["actor"] = Actor,
    };

    private static readonly FieldType TitleType = Frozen(new FieldType
    {
        IsIndexed = true, IsTokenized = true, IsStored = false,
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
    });

    private static readonly FieldType BodyType = Frozen(new FieldType
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
        var body = BodyText(r);
        if (r.Title.Length > 0) doc.Add(new Field(Title, r.Title, TitleType));
        doc.Add(new Field(Body, body, BodyType));
        doc.Add(new Field(Surface, body, SurfaceType));
        if (RecordFields.Text(r)[RecordFields.Agency] is { Length: > 0 } agency) doc.Add(new TextField(Agency, agency, Field.Store.NO));

        AddFacet(doc, Government, r.Agency.Government);
        AddFacet(doc, Office, r.Agency.Office);
        if (RecordFields.Year(r) is { } year) AddFacet(doc, Year, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var actor in RecordFields.FacetActors(r)) AddFacet(doc, Actor, actor);
        return doc;
    }

    /// <summary>
    /// The body: what snippets are cut from (<see cref="RecordFields.Content"/>, title first), then the
    /// number, actors, related SOPs and step notes, so that every field but the agency is searched here.
    /// </summary>
    public static string BodyText(SopIngest.Core.Records.SopRecord r)
    {
        var text = RecordFields.Text(r);
        var rest = string.Join(" ; ", new[] { text[RecordFields.Number], text[RecordFields.Actors],
            string.Join(" ; ", r.RelatedSops.Concat(r.Steps.Select(s => s.Notes)).Where(p => !string.IsNullOrWhiteSpace(p))) }
            .Where(p => p.Length > 0));
        var content = RecordFields.Content(r);
        return rest.Length == 0 ? content : content.Length == 0 ? rest : content + " ; " + rest;
    }

    private static void AddFacet(Document doc, string field, string value)
    {
        value = value.Trim();
        if (value.Length == 0) return;
        doc.Add(new StringField(field, value, Field.Store.NO));
        doc.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }
}
