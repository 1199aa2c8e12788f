using System.Text.RegularExpressions;
using SopIngest.Core.Parsing;
using SopIngest.Core.Records;

namespace SopIngest.Extraction.Records;

/// <summary>
/// "Disahkan oleh": position lines, the signer's name with degrees, a rank line, the NIP.
/// The name is the line before the NIP that is not a rank; the position is everything above it.
/// </summary>
internal static partial class ApprovalParser
{
    public static Approval Parse(IReadOnlyList<string> paragraphs, string strayNip = "")
    {
        var lines = paragraphs
            .Select(p => Signature().Replace(p, " "))
            .Select(ListItems.Fold)
            .Where(p => p.Length > 0)
            .ToList();
        var nipAt = lines.FindIndex(l => NipStart().IsMatch(l));
        var nip = nipAt >= 0 ? Nip.Digits(lines[nipAt][NipStart().Match(lines[nipAt]).Index..]) : Nip.Digits(strayNip);
        var beforeNip = nipAt >= 0 ? lines[nipAt][..NipStart().Match(lines[nipAt]).Index].Trim() : "";
        var above = (nipAt >= 0 ? lines.Take(nipAt) : lines).Where(l => !Rank().IsMatch(l)).ToList();
        if (beforeNip.Length > 0)
            above.Add(beforeNip);
        if (above.Count == 0)
            return new Approval("", "", nip);
        if (above.Count == 1)
            return SplitSingleLine(above[0], nip);
        return new Approval(Position(above[..^1]), above[^1], nip);
    }

    /// <summary>"Kepala Dinas … H. AHMAD, SE, M.Si": the name starts where degrees follow a capitalised run.</summary>
    private static Approval SplitSingleLine(string line, string nip)
    {
        line = RankTail().Split(line)[0].Trim();
        foreach (var name in new[] { HonorificName(), CapitalName(), TitleCaseName() })
        {
            var m = name.Match(line);
            if (m.Success && m.Index > 0)
                return new Approval(Position([line[..m.Index]]), line[m.Index..].Trim(), nip);
        }
        return new Approval(line.TrimEnd(','), "", nip);
    }

    private static string Position(IEnumerable<string> lines) => ListItems.Fold(string.Join(" ", lines)).TrimEnd(',', ' ');

    /// <summary>Where the NIP starts: its label (OCR reads NIP as N.P., NTP, NIK) or a long digit run.</summary>
    [GeneratedRegex(@"\bN\.?\s?[ITK]?\.?\s?[PK]\b\.?\s*:?\s*(?=\d)|\bNIP\b|(?<!\d)\d{8}\s?\d{6}\s?\d\s?\d{3}|(?<!\d)\d{15,}", RegexOptions.IgnoreCase)]
    private static partial Regex NipStart();

    /// <summary>A rank line, also when OCR garbled the rank word: "Pemirsa TK. 149 E" still carries "Tk.".</summary>
    [GeneratedRegex(@"^(Pembina|Penata|Pengatur|Jabatan|Pangkat|Golongan|Gol\.|NIP\b)|\bTkt?\.\s|^I{1,3}V?/\w", RegexOptions.IgnoreCase)]
    private static partial Regex Rank();

    [GeneratedRegex(@"\[(Signature|signature|TTD|ttd|Stamp)[^\]]*\]")]
    private static partial Regex Signature();

    [GeneratedRegex(@"\s(?:Pembina|Penata|Pengatur|Jabatan|Pangkat|Golongan)\b")]
    private static partial Regex RankTail();

    [GeneratedRegex(@"\b(?:H|Hj|Dr|Dra|Drs|Ir|Prof)\.\s*\p{Lu}.*$")]
    private static partial Regex HonorificName();

    [GeneratedRegex(@"\b\p{Lu}{2,}(?:\s+\p{Lu}[\p{Lu}.']*){0,3},")]
    private static partial Regex CapitalName();

    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*\.?){0,2},")]
    private static partial Regex TitleCaseName();
}
