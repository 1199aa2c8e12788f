using SopIngest.Core.Parsing;
using SopIngest.Core.Records;

namespace SopIngest.Extraction.Records;

/// <summary>One SOP while the builder walks the document: what has been read of it so far.</summary>
internal sealed class SopDraft(int firstPage)
{
    private readonly Dictionary<IdentityField, string> _fields = [];
    private readonly Dictionary<SectionKind, List<string>> _sections = [];
    private readonly HashSet<IdentityField> _seen = [];

    public PageRange Pages { get; private set; } = new(firstPage, firstPage);
    public List<string> HeaderLines { get; } = [];
    public List<string> ApprovalLines { get; } = [];
    public string StrayNip { get; set; } = "";
    public ProcedureLayout? Layout { get; set; }
    public List<StepRow> Rows { get; } = [];
    public SectionKind? LastSection { get; private set; }
    public bool HasSteps => Rows.Count > 0;
    public int LastStepNo => Rows.LastOrDefault()?.No ?? 0;

    public void Touch(int page) => Pages = Pages.Extend(page);

    public bool HasSeen(IdentityField field) => _seen.Contains(field);

    public bool HasValue(IdentityField field) => _fields.TryGetValue(field, out var v) && v.Length > 0;

    public bool HasIdentity => _seen.Count > 0 || _sections.Count > 0;

    public void Set(IdentityField field, string value)
    {
        if (field is IdentityField.Created or IdentityField.Revised or IdentityField.Effective && _seen.Contains(field))
            field = IdentityField.UnknownDate; // "Tanggal Perbaikan" then "Tanggal Revisi": the next free date
        _seen.Add(field);
        if (field == IdentityField.UnknownDate)
            field = new[] { IdentityField.Created, IdentityField.Revised, IdentityField.Effective }
                .FirstOrDefault(f => !_fields.ContainsKey(f), IdentityField.Effective);
        if (value.Length > 0 || !_fields.ContainsKey(field))
            _fields[field] = value;
    }

    public List<string> Section(SectionKind kind)
    {
        LastSection = kind;
        return _sections.TryGetValue(kind, out var items) ? items : _sections[kind] = [];
    }

    public SopRecord ToRecord(Agency fallbackAgency)
    {
        var agency = AgencyHeader.Parse(HeaderLines);
        if (agency.Government.Length == 0 && agency.Office.Length == 0)
            agency = fallbackAgency;
        return new SopRecord(
            Pages,
            agency,
            Field(IdentityField.Number),
            Field(IdentityField.Title),
            new SopDates(Date(IdentityField.Created), Date(IdentityField.Revised), Date(IdentityField.Effective)),
            ApprovalParser.Parse(ApprovalLines, StrayNip),
            Items(SectionKind.LegalBasis),
            Items(SectionKind.Qualifications),
            Items(SectionKind.RelatedSops),
            Items(SectionKind.Equipment),
            Items(SectionKind.Warnings),
            Items(SectionKind.RecordKeeping),
            Layout?.Actors ?? [],
            FlowLinker.Link(Rows));
    }

    private string Field(IdentityField field) => ListItems.Fold(_fields.GetValueOrDefault(field, ""));

    private DateOnly? Date(IdentityField field) => IndonesianDate.Parse(Field(field));

    private IReadOnlyList<string> Items(SectionKind kind) =>
        _sections.TryGetValue(kind, out var items) ? ListItems.Items(items, section: true) : [];
}
