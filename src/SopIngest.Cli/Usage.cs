namespace SopIngest.Cli;

internal static class Usage
{
    private const string Text = """
        usage: sopingest VERB [ARGS]

          extract FILE... --out DIR     read PDFs and OCR text exports into sop-extract/1 JSON files
          check FILE.json... [--json]   SOP-standard findings per record (terminators, decisions, reachability, actors, durations)
          export FILE.json [--record N] --format json|csv|bpmn|svg [--out FILE]
                                        one record as JSON, a CSV of its steps, BPMN 2.0 XML or an SVG swimlane
          synth --out DIR [--records DIR] [--count N] [--seed S] [--born-digital N] [--png DIR]
                                        render SOP records as scanned PDFs with sop-extract/1 truth in DIR/truth
          eval --truth DIR --out DIR [--scans DIR] [--limit N] [--only CLASS] [--correction on|off|both [--extracted DIR]]
                                        extract the scans of a truth set and score them: report.md, report.json, chart.png;
                                        --correction both: one extraction scored with text correction off and on, side by
                                        side (correction.md); --extracted: rescore an earlier run's correction-off/extracted
          ingest PATH... [--wait] [--store DIR]
                                        files, folders or ZIPs as one batch through the background jobs; prints the
                                        batch id, with --wait the summary {"batch","documents","succeeded","failed","records"}
          worker [--store DIR]          work the job queue (re-queues unfinished documents at start-up)
          serve [--urls URL] [--store DIR]
                                        web app: sign-in, upload, review, search, compare; the API; /hangfire
          user add EMAIL --role uploader|reviewer|admin[,…] [--store DIR]
                                        create a web user (the first admin, say); the password is read from stdin
          index JSON... [--store DIR]   add sop-extract/1 files' records to the search index (DIR/index, default data/); prints the count
          search "QUERY" [--top N] [--json] [--facets] [--store DIR] [--government G] [--office O] [--year Y] [--actor A]
                                        full-text search over the indexed records
          compare "QUERY" [--json] [--store DIR]
                                        one procedure's versions across agencies, steps aligned
          correct                       correct OCR errors in UTF-8 text from stdin; same lines on stdout
          train-corrector [--corpus DIR] [--labels DIR] [--out DIR] [--store DIR]
                                        train (with reviewers' edits from the store) and evaluate the corrector; writes models/corrector
          help                          this text

        Exit codes: 0 every file read; 1 some file failed (the others are still written); 2 bad usage.
        """;

    public static int Print()
    {
        Console.Error.WriteLine(Text);
        return 0;
    }

    public static int Unknown(string verb)
    {
        Console.Error.WriteLine($"sopingest: unknown verb '{verb}'");
        Console.Error.WriteLine(Text);
        return 2;
    }

    public static int Fail(string message)
    {
        Console.Error.WriteLine($"sopingest: {message}");
        return 2;
    }
}
