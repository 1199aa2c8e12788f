namespace SopIngest.Core.Records;

/// <summary>"Disahkan oleh": who approved the SOP.</summary>
public sealed record Approval(string Position, string Name, string Nip)
{
    public static readonly Approval Empty = new("", "", "");
}
