namespace SopIngest.Core.Records;

/// <summary>The header of an SOP: government, office and lower units, top-down.</summary>
public sealed record Agency(string Government, string Office, IReadOnlyList<string> Units)
{
    public static readonly Agency Unknown = new("", "", []);
}
