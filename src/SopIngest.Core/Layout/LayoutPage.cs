namespace SopIngest.Core.Layout;

/// <summary>One page of a document: its blocks in reading order. Size is 0 when unknown (text exports).</summary>
public sealed record LayoutPage(int Number, IReadOnlyList<LayoutBlock> Blocks, double Width = 0, double Height = 0);
