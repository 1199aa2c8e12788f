using System.Text.RegularExpressions;
using SopIngest.Core.Layout;
using SopIngest.Core.Records;

namespace SopIngest.Extraction.Records;

/// <summary>The builder's walk over one document: which SOP is open and which field text goes to.</summary>
internal sealed partial class DocumentWalk(RecordBuilderOptions options)
{
    private readonly List<SopDraft> _drafts = [];
    private readonly List<(int Page, string Text)> _loose = [];
    private readonly IdentityTableReader _identityTable = new();
    private SopDraft? _current;
    private List<string>? _openList;
    private bool _approvalOpen;
    private IdentityField? _awaitingValue;

    public HashSet<int> SopPages { get; } = [];

    /// <summary>Text no SOP took: a regulation's body, a list of SOPs, notes between SOPs.</summary>
    public List<(int Page, string Text)> Unclaimed { get; } = [];

    public SopDraft? Current => _current;

    public void Visit(int page, LayoutBlock block)
    {
        switch (block)
        {
            case TextLine line:
                VisitLine(page, line);
                break;
            case Table table when ProcedureLayout.IsProcedureTable(table) || ContinuesSteps(table):
                new ProcedureTableReader(this).Read(page, table);
                break;
            case Table table:
                _identityTable.Read(this, page, table);
                break;
        }
    }

    public IReadOnlyList<SopRecord> Finish()
    {
        if (_current is not null)
            _drafts.Add(_current);
        _current = null;
        var records = new List<SopRecord>();
        var agency = Agency.Unknown;
        foreach (var draft in _drafts)
        {
            var record = draft.ToRecord(agency);
            agency = record.Agency;
            records.Add(record);
        }
        return records;
    }

    /// <summary>Starts a new SOP; header lines just above it become its agency header.</summary>
    public SopDraft StartDraft(int page)
    {
        if (_current is not null)
            _drafts.Add(_current);
        _current = new SopDraft(page);
        var header = _loose.AsEnumerable().Reverse().TakeWhile(l => AgencyHeader.IsHeaderLike(l.Text)).Reverse().ToList();
        foreach (var (headerPage, text) in header)
        {
            _current.HeaderLines.Add(text);
            Unclaimed.RemoveAt(Unclaimed.LastIndexOf((headerPage, text)));
            _current.Touch(headerPage);
            SopPages.Add(headerPage);
        }
        _loose.Clear();
        CloseOpenText();
        return _current;
    }

    /// <summary>The open SOP, or a new one when none is open or the open one already has steps.</summary>
    public SopDraft DraftForIdentity(int page, IdentityField field)
    {
        // Only a second number or title means a new SOP; OCR repeats and garbles the other keys.
        var repeatsKey = field is IdentityField.Number or IdentityField.Title && _current?.HasValue(field) == true;
        // A signature block printed under the table still belongs to the SOP above it.
        var lateSignature = field == IdentityField.Approval && _current is { HasSteps: true, ApprovalLines.Count: 0 };
        if (_current is null || _current.HasSteps && !lateSignature || repeatsKey)
            StartDraft(page);
        Claim(page);
        return _current!;
    }

    public void Claim(int page)
    {
        _current?.Touch(page);
        SopPages.Add(page);
    }

    public void OpenList(List<string>? list, bool approval = false)
    {
        _awaitingValue = null;
        _openList = list;
        _approvalOpen = approval;
    }

    public void CloseOpenText() => OpenList(null);

    public void SetField(int page, IdentityField field, IReadOnlyList<string> value)
    {
        value = value.Select(v => v.TrimStart(':', ' ')).ToList();
        var text = ListItems.Fold(string.Join(" ", value));
        field = Disambiguate(field, text);
        var draft = DraftForIdentity(page, field);
        switch (field)
        {
            case IdentityField.Approval:
                draft.ApprovalLines.AddRange(value);
                OpenList(draft.ApprovalLines, approval: true);
                return;
            case IdentityField.Title:
                var nip = value.Where(v => NipLine().IsMatch(v)).ToList();
                if (nip.Count > 0) draft.StrayNip = nip[0];
                draft.Set(field, ListItems.Fold(string.Join(" ", value.Except(nip))));
                break;
            default:
                draft.Set(field, text);
                break;
        }
        CloseOpenText();
    }

    /// <summary>
    /// OCR swaps the labels "Nama SOP" and "Nomor SOP"; the value tells which it is: a code
    /// (digits, slashes, dots) is the number, words are the title.
    /// </summary>
    private IdentityField Disambiguate(IdentityField field, string text)
    {
        var open = _current is { HasSteps: false } draft ? draft : null;
        if (field == IdentityField.Title && LooksLikeCode(text) && open?.HasSeen(IdentityField.Number) != true)
            return IdentityField.Number;
        if (field == IdentityField.Number && text.Length > 0 && !LooksLikeCode(text)
            && open is not null && open.HasSeen(IdentityField.Number) && !open.HasSeen(IdentityField.Title))
            return IdentityField.Title;
        return field;
    }

    private void VisitLine(int page, TextLine line)
    {
        var text = line.Text;
        var heading = text.TrimEnd(':', ' ');
        if (heading.Length <= options.MaxHeadingLength && IdentityVocabulary.Section(heading) is { } kind)
        {
            OpenSection(page, kind);
            return;
        }
        if (InlineHeading().Match(text) is { Success: true } inline && IdentityVocabulary.Section(inline.Groups["heading"].Value) is { } inlineKind)
        {
            OpenSection(page, inlineKind); // "Kualifikasi pelaksana : 1. …" heading and first item on one line
            AddToOpenList(inline.Groups["rest"].Value);
            return;
        }
        if (KeyOf(text) is { } key)
        {
            SetField(page, key.Field, key.Value.Length > 0 ? [key.Value] : []);
            if (key.Value.Length == 0 && key.Field is IdentityField.Title or IdentityField.Number)
                _awaitingValue = key.Field; // "Nama SOP" alone on its line: the value is the next line
            return;
        }
        if (_awaitingValue is { } awaited && _current is not null)
        {
            _current.Set(awaited, text);
            _awaitingValue = null;
            Claim(page);
            return;
        }
        if (line.Emphasis && heading.Length <= options.MaxHeadingLength && _current is { HasSteps: false, LastSection: { } last } && last < SectionKind.RecordKeeping)
        {
            OpenSection(page, last + 1); // a heading the OCR garbled: the standard's next section
            return;
        }
        if (SopTitle().Match(text) is { Success: true } title && (_current is null || _current.HasSteps || _current.HasSeen(IdentityField.Title)))
        {
            StartDraft(page).Set(IdentityField.Title, title.Groups["title"].Value.Trim());
            Claim(page);
            return;
        }
        if (_openList is not null)
        {
            AddToOpenList(text);
            Claim(page);
            return;
        }
        _loose.Add((page, text));
        Unclaimed.Add((page, text));
    }

    private static (IdentityField Field, string Value)? KeyOf(string text)
    {
        var kv = KeyValue().Match(text);
        if (kv.Success && IdentityVocabulary.Field(kv.Groups["key"].Value) is { } field)
            return (field, kv.Groups["value"].Value);
        if (IdentityVocabulary.SplitKeyAndValue(text) is { Field: IdentityField.Title or IdentityField.Number or IdentityField.Approval } inline)
            return inline;
        return text.Length <= 40 && IdentityVocabulary.Field(text) is { } bare ? (bare, "") : null;
    }

    private void OpenSection(int page, SectionKind kind)
    {
        var draft = _current is { HasSteps: false } open ? open : StartDraft(page);
        OpenList(draft.Section(kind));
        Claim(page);
    }

    private void AddToOpenList(string text)
    {
        var list = _openList!;
        if (_approvalOpen || list.Count == 0 || ListItems.StartsWithMarker(text) || !list.Any(ListItems.StartsWithMarker))
            list.Add(text);
        else
            list[^1] += " " + text;
    }

    private bool ContinuesSteps(Table table) =>
        _current is { HasSteps: true, Layout: not null } draft
        && table.Row(0) is { Count: > 2 } first
        && int.TryParse(new string(first[0].Text.TakeWhile(char.IsDigit).ToArray()), out var no)
        && no == draft.LastStepNo + 1;

    private static bool LooksLikeCode(string value) =>
        CodeValue().IsMatch(value) && value.Count(char.IsDigit) >= 3 && value.Count(c => c == ' ') <= 4
        && (value.Contains('/') || value.Contains('.'));

    [GeneratedRegex(@"^\s*(?<key>[\p{L}][\p{L} ./]{1,40}?)\s*:\s*(?<value>.*)$")]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"^(?<heading>[^:]{3,45}):\s*(?<rest>\S.*)$")]
    private static partial Regex InlineHeading();

    [GeneratedRegex(@"^SOP\s+(?<title>\p{Lu}[\p{Lu}\p{N} ,./()&\-]{3,})$")]
    private static partial Regex SopTitle();

    [GeneratedRegex(@"^[\p{N}\p{L}./\-() ]*\p{N}[\p{N}\p{L}./\-() ]*$")]
    private static partial Regex CodeValue();

    [GeneratedRegex(@"^\s*N\s?I\s?P\b", RegexOptions.IgnoreCase)]
    private static partial Regex NipLine();
}
