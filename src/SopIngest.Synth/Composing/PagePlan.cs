using SopIngest.Synth.Drawing;

namespace SopIngest.Synth.Composing;

/// <summary>A page laid out but not drawn yet: its size, how to draw it, and where its signature sits.</summary>
internal sealed record PagePlan(double Width, double Height, Action<IPageCanvas> Draw, Area? Signature = null, string StampText = "");

/// <summary>A rectangle in points, top-left origin.</summary>
internal readonly record struct Area(double X, double Y, double W, double H);
