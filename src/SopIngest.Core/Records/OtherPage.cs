namespace SopIngest.Core.Records;

/// <summary>A page that holds no SOP (a regulation's body, a cover, a list of SOPs).</summary>
public sealed record OtherPage(int Page, string Text);
