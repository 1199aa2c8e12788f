using System.Text.RegularExpressions;
using SopIngest.Core.Layout;

namespace SopIngest.Extraction.Records;

/// <summary>
/// Reads identity blocks printed as tables: key/value rows (<c>Nomor SOP | 067/…</c>), the agency header
/// in the left column, and section headings side by side whose items sit in the next row's same columns.
/// </summary>
internal sealed partial class IdentityTableReader
{
    private readonly Dictionary<int, SectionKind> _pendingSections = [];

    public void Read(DocumentWalk walk, int page, Table table)
    {
        for (var r = 0; r < table.RowCount; r++)
            ReadRow(walk, page, table.Row(r));
        _pendingSections.Clear();
    }

    private void ReadRow(DocumentWalk walk, int page, IReadOnlyList<TableCell> row)
    {
        // A heading alone in its cell ("Kualifikasi Pelaksana:") takes its items from the next row, unless that row
        // opens sections of its own ("Keterkaitan: a. …"): then the heading had no items.
        if (_pendingSections.Count > 0 && !row.Any(c => IsKeyOrHeading(c.Text) || OpensSection(c)))
        {
            FillPendingSections(walk, page, row);
            return;
        }
        _pendingSections.Clear();
        var header = new List<string>();
        var sawKey = false;
        SectionKind? leftHeading = null;
        for (var i = 0; i < row.Count; i++)
        {
            var cell = row[i];
            var keyOnly = i + 1 < row.Count || IdentityVocabulary.SplitKeyAndValue(cell.Text) is null;
            if (keyOnly && Short(cell.Text) && IdentityVocabulary.Field(cell.Text) is { } field)
            {
                walk.SetField(page, field, i + 1 < row.Count ? row[i + 1].Paragraphs : []);
                AddHeader(walk, header);
                sawKey = true;
                i++;
            }
            else if (IdentityVocabulary.SplitKeyAndValue(cell.Text) is { } inline)
            {
                walk.SetField(page, inline.Field, [inline.Value]);
                AddHeader(walk, header);
                sawKey = true;
            }
            else if (SectionInCell(cell) is { } inCell)
            {
                var draft = walk.Current is { HasSteps: false } open ? open : walk.StartDraft(page);
                draft.Section(inCell.Kind).AddRange(inCell.Items);
                leftHeading = inCell.Kind;
                walk.Claim(page);
            }
            else if (Short(cell.Text) && (IdentityVocabulary.Section(cell.Text) ?? GuessedHeading(walk, row, i, leftHeading)) is { } kind)
            {
                leftHeading = kind;
                if (i + 1 < row.Count && !row[i + 1].IsEmpty && !IsKeyOrHeading(row[i + 1].Text))
                {
                    // "Kualifikasi pelaksana | 1. … 2. …": heading and items side by side in one row.
                    var draft = walk.Current is { HasSteps: false } open ? open : walk.StartDraft(page);
                    draft.Section(kind).AddRange(row[++i].Paragraphs);
                }
                else
                    _pendingSections[cell.Column] = kind;
                walk.Claim(page);
            }
            else if (!sawKey && !cell.IsEmpty)
                header.AddRange(cell.Paragraphs);
        }
        if (!sawKey && _pendingSections.Count == 0 && header.Count > 0)
            AddLoose(walk, page, header);
    }

    private void FillPendingSections(DocumentWalk walk, int page, IReadOnlyList<TableCell> row)
    {
        var draft = walk.Current is { HasSteps: false } open ? open : walk.StartDraft(page);
        foreach (var cell in row.Where(c => _pendingSections.ContainsKey(c.Column)))
            draft.Section(_pendingSections[cell.Column]).AddRange(cell.Paragraphs);
        walk.Claim(page);
        _pendingSections.Clear();
    }

    private static bool OpensSection(TableCell cell) => cell.Paragraphs.Count > 0 && Heading(cell.Paragraphs[0]) is not null;

    /// <summary>A section heading starting a cell's first paragraph, with a colon or, for the standard's own words, without.</summary>
    private static (SectionKind Kind, string Text)? Heading(string paragraph)
    {
        foreach (var m in new[] { HeadingInCell().Match(paragraph), BareHeadingInCell().Match(paragraph) })
            if (m.Success && IdentityVocabulary.Section(m.Groups["heading"].Value) is { } kind)
                return (kind, m.Groups["rest"].Value);
        return null;
    }

    /// <summary>"Dasar Hukum: 1. … 2. …": a section's heading and its items printed in one cell.</summary>
    private static (SectionKind Kind, IReadOnlyList<string> Items)? SectionInCell(TableCell cell)
    {
        if (cell.Paragraphs.Count == 0 || Heading(cell.Paragraphs[0]) is not { } heading)
            return null;
        var (kind, rest) = heading;
        var items = cell.Paragraphs.Skip(1).Prepend(rest).Where(p => p.Trim().Length > 0).ToList();
        return items.Count > 0 ? (kind, items) : null;
    }

    /// <summary>Left-column cells before the first key are the agency header (003's merged header cell).</summary>
    private static void AddHeader(DocumentWalk walk, List<string> header)
    {
        walk.Current?.HeaderLines.AddRange(header.SelectMany(AgencyHeader.SplitRun).Where(AgencyHeader.IsHeaderLike));
        header.Clear();
    }

    /// <summary>A row that is neither key nor heading: approval continued, or the agency unit beside a key row.</summary>
    private static void AddLoose(DocumentWalk walk, int page, List<string> paragraphs)
    {
        if (walk.Current is { HasSteps: false } draft && paragraphs.All(AgencyHeader.IsHeaderLike))
        {
            draft.HeaderLines.AddRange(paragraphs);
            walk.Claim(page);
        }
    }

    /// <summary>A heading the OCR garbled, beside a known one: the standard's next section.</summary>
    /// <remarks>
    /// Known either from a heading to its left in the same row, or, for a heading-and-items row,
    /// from the last section this SOP had.
    /// </remarks>
    private static SectionKind? GuessedHeading(DocumentWalk walk, IReadOnlyList<TableCell> row, int i, SectionKind? left)
    {
        var cell = row[i];
        if (cell.Text.Length <= 3 || cell.Text.Any(char.IsDigit))
            return null;
        var previous = left ?? (i == 0 && row.Count(c => !c.IsEmpty) == 2 ? walk.Current?.LastSection : null);
        return previous is { } kind && kind < SectionKind.RecordKeeping ? kind + 1 : null;
    }

    private static bool IsKeyOrHeading(string text) =>
        Short(text) && (IdentityVocabulary.Field(text) is not null || IdentityVocabulary.Section(text) is not null);

    private static bool Short(string text) => text.Length is > 0 and <= 50;

    [GeneratedRegex(@"^\s*(?<heading>[^:]{3,45}):\s*(?<rest>.*)$")]
    private static partial Regex HeadingInCell();

    /// <summary>"Peringatan Apabila …": the heading run into its text, the colon left out.</summary>
    [GeneratedRegex(@"^\s*(?<heading>(?i:dasar hukum|kualifikasi pelaksana?|keterkaitan|peralatan(?:\s*/\s*perlengkapan)?|peringatan|pencatatan dan pendataan))\s+(?<rest>\p{Lu}.*)$")]
    private static partial Regex BareHeadingInCell();
}
