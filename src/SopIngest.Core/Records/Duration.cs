namespace SopIngest.Core.Records;

/// <summary>Mutu Baku "Waktu": the text as printed and its range in minutes (null when unreadable).</summary>
public sealed record Duration(string Text, double? MinMinutes, double? MaxMinutes)
{
    public static readonly Duration Empty = new("", null, null);
}
