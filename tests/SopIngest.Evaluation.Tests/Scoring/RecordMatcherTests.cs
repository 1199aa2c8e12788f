using SopIngest.Evaluation.Scoring;
using static SopIngest.Evaluation.Tests.Scoring.Records;

namespace SopIngest.Evaluation.Tests.Scoring;

public sealed class RecordMatcherTests
{
    [Fact]
    public void Match_PairsByTitleAndNumber_WhateverTheOrder()
    {
        var truth = new[] { Sop("Penerimaan Surat Masuk", "001"), Sop("Pengiriman Surat Keluar", "002") };
        var output = new[] { Sop("Pengiriman Surat Kcluar", "002"), Sop("Penerimaan Surat Masuk", "001") };

        Assert.Equal([(0, 1), (1, 0)], RecordMatcher.Match(truth, output));
    }

    [Fact]
    public void Match_LeavesUnrelatedRecordsUnmatched()
    {
        var truth = new[] { Sop("Penerimaan Surat Masuk", "001", page: 1) };
        var output = new[] { Sop("Penyusunan Anggaran Tahunan", "", page: 4) };

        Assert.Empty(RecordMatcher.Match(truth, output));
    }
}
