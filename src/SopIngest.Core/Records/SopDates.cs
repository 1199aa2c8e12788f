namespace SopIngest.Core.Records;

/// <summary>Tanggal Pembuatan / Revisi / Efektif; null when empty or unreadable.</summary>
public sealed record SopDates(DateOnly? Created, DateOnly? Revised, DateOnly? Effective)
{
    public static readonly SopDates Empty = new(null, null, null);
}
