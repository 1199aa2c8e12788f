using SopIngest.Core.Records;

namespace SopIngest.Synth.Composing;

/// <summary>One file's pages in order, and its truth: the records with their page ranges and the other pages.</summary>
internal sealed record ComposedDocument(IReadOnlyList<PagePlan> Pages, IReadOnlyList<SopRecord> Records, IReadOnlyList<OtherPage> OtherPages);

/// <summary>Lays out a file: optionally the regulation's pages, then each SOP's identity page and procedure pages.</summary>
internal sealed class DocumentComposer(Typesetter type, PageStyle style)
{
    public ComposedDocument Compose(IReadOnlyList<SopRecord> sops, bool withRegulation, Random rng)
    {
        var pages = new List<PagePlan>();
        var others = new List<OtherPage>();
        if (withRegulation)
        {
            foreach (var (plan, text) in new RegulationComposer(type, style).Compose(sops, rng))
            {
                pages.Add(plan);
                others.Add(new OtherPage(pages.Count, text));
            }
        }
        var records = new List<SopRecord>();
        foreach (var sop in sops)
        {
            var first = pages.Count + 1;
            pages.Add(new IdentityPageComposer(type, style).Compose(sop));
            pages.AddRange(new ProcedureTableComposer(type, style).Compose(sop));
            records.Add(sop with { Pages = new PageRange(first, pages.Count) });
        }
        return new ComposedDocument(pages, records, others);
    }
}
