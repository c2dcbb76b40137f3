using System.Diagnostics;
using System.Globalization;
using Rugao.Graph.Benchmarks;
using Rugao.Graph.Search;
using Rugao.Graph.Search.Lucene;
using Rugao.Graph.Standards;

// Search benchmark on the embedded engine (not part of CI):
//   dotnet run -c Release --project bench/Rugao.Graph.Benchmarks -- --clauses 1000000 --queries 3000
var clauses = Option("--clauses", 1_000_000);
var queries = Option("--queries", 3000);
var root = Repository();
// --index <folder> keeps the index there and reuses it on the next run with the same corpus, to iterate on queries.
var kept = Text("--index");
var folder = kept ?? Path.Combine(Path.GetTempPath(), $"rugao-bench-index-{Guid.NewGuid():N}");
var reuse = kept is not null && Directory.Exists(kept);

Console.WriteLine($"Reading the seed corpus from {root}/seed …");
var seed = await SeedCorpus.LoadAsync(root);
var corpus = new CorpusGenerator(seed).Generate(clauses).ToList();
Console.WriteLine($"{corpus.Count(d => d.Kind == SearchKind.Clause):N0} clause documents, {corpus.Count(d => d.Kind == SearchKind.Standard):N0} standard documents generated.");

// The generator copies clause structure from the seed, so the engine must not win merely by repetition: report how
// many clause texts are distinct (headings, ancestor headings and titles repeat by design, as in real standards).
var clauseDocs = corpus.Where(d => d.Kind == SearchKind.Clause).ToList();
var distinctTexts = clauseDocs.Select(d => d.ClauseText).Distinct(StringComparer.Ordinal).Count();
var distinctHeadings = clauseDocs.Select(d => d.ClauseHeading).Distinct(StringComparer.Ordinal).Count();
var distinctTitles = corpus.Select(d => d.Title).Distinct(StringComparer.Ordinal).Count();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Distinct clause texts: {distinctTexts:N0} ({100.0 * distinctTexts / clauseDocs.Count:F1} %), headings: {distinctHeadings:N0}, titles: {distinctTitles:N0}"));
if (args.Contains("--profile"))
{
    Profile.AnalysisCost(clauseDocs.Take(20_000).ToList());
}

// Results are not remembered between the mix's repeated queries: every query is searched.
var engine = new LuceneSearchEngine(folder) { CachesResults = false };
// Processor time beside wall time: on a shared machine it shows the work done, whatever the others take.
var processor = Process.GetCurrentProcess().TotalProcessorTime;
var collector = CollectorCounts.Now();
var watch = Stopwatch.StartNew();
if (!reuse)
{
    await engine.RebuildAsync(AsAsync(corpus), default);
}

watch.Stop();
var rate = reuse ? double.NaN : clauses / watch.Elapsed.TotalSeconds;
var indexingProcessor = reuse ? double.NaN : (Process.GetCurrentProcess().TotalProcessorTime - processor).TotalMicroseconds / clauses;
Console.WriteLine(reuse
    ? $"Reusing the index in {folder}"
    : $"Indexed in {watch.Elapsed.TotalSeconds:F1} s: {rate:N0} clauses/s, {indexingProcessor:F0} µs processor time per clause");
if (!reuse)
{
    // Allocation and collections do not depend on how busy the machine is: they compare runs where time cannot.
    Console.WriteLine(CollectorCounts.Now().Since(collector, clauses, "clause"));
}

var mix = QueryMix.Build(corpus);
var today = new DateOnly(2026, 11, 29);
foreach (var warm in mix.Take(300))
{
    await engine.SearchAsync(Request(warm, today), default);
}

if (args.Contains("--by-query"))
{
    // Each distinct query once: how many documents it matches and what it costs, to see where the time goes.
    foreach (var query in mix.DistinctBy(q => q.Text))
    {
        var started = Stopwatch.GetTimestamp();
        var found = await engine.SearchAsync(Request(query, today), default);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {query.Class,-13} {found.TotalCount,9:N0} matches {Stopwatch.GetElapsedTime(started).TotalMilliseconds,8:F2} ms  {query.Text}"));
    }
}

var latencies = new List<double>(queries);
var byClass = new Dictionary<string, List<double>>();
processor = Process.GetCurrentProcess().TotalProcessorTime;
collector = CollectorCounts.Now();
for (var i = 0; i < queries; i++)
{
    var request = Request(mix[i % mix.Count], today);
    var started = Stopwatch.GetTimestamp();
    await engine.SearchAsync(request, default);
    var latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    latencies.Add(latency);
    (byClass.TryGetValue(mix[i % mix.Count].Class, out var list) ? list : byClass[mix[i % mix.Count].Class] = []).Add(latency);
}

var queryProcessor = (Process.GetCurrentProcess().TotalProcessorTime - processor).TotalMilliseconds / queries;
var queryCollections = CollectorCounts.Now().Since(collector, queries, "query");
latencies.Sort();
Console.WriteLine();
Console.WriteLine("| corpus | indexing | processor µs/clause | queries | p50 | p95 | p99 | mean | processor ms/query | load |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| {clauses:N0} clauses | {rate:N0} clauses/s | {indexingProcessor:F0} | {queries:N0} | {Percentile(0.50):F2} ms | {Percentile(0.95):F2} ms | {Percentile(0.99):F2} ms | {latencies.Average():F2} ms | {queryProcessor:F2} | {Load()} |"));
Console.WriteLine(queryCollections);
foreach (var (name, list) in byClass.OrderBy(c => c.Key, StringComparer.Ordinal))
{
    list.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {name,-13} {list.Count,5} queries  p50 {list[list.Count / 2],7:F2} ms  p95 {list[Math.Min(list.Count - 1, (int)(0.95 * list.Count))],7:F2} ms"));
}

// The same mix once more on an engine that remembers results per index reader, as the server's does: the second
// pass is what a repeated query costs.
engine.Dispose();
using (var remembering = new LuceneSearchEngine(folder))
{
    foreach (var query in mix)
    {
        await remembering.SearchAsync(Request(query, today), default);
    }

    var repeats = new List<double>(mix.Count);
    foreach (var query in mix)
    {
        var started = Stopwatch.GetTimestamp();
        await remembering.SearchAsync(Request(query, today), default);
        repeats.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    repeats.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Repeated queries, results remembered: p50 {repeats[repeats.Count / 2]:F3} ms, p95 {repeats[(int)(0.95 * repeats.Count)]:F3} ms"));
}

if (kept is null)
{
    Directory.Delete(folder, recursive: true);
}

return;

double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];

static SearchRequest Request(BenchQuery query, DateOnly day) =>
    new(QueryText.Parse(query.Text), StandardCode.TryParse(query.Text, out var code, out _) ? code : null, day,
        query.StandardIds, query.Kinds, 0, 20);

static async IAsyncEnumerable<SearchDocument> AsAsync(IEnumerable<SearchDocument> documents)
{
    foreach (var document in documents)
    {
        yield return document;
    }

    await Task.CompletedTask;
}

string? Text(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

// The one-minute load average, so a figure can be read against how busy the machine was.
static string Load() =>
    File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

static string Repository()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Rugao.Graph.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository.");
}
