// Measures the status page and `articles find` over a large LiteDB store (default 100,000 articles): the time of each
// JSON endpoint the page polls, and of the searches. Not a test: a measured run, as README "The status page" reports.
//   dotnet run tests/Scale/StatusPageAt100k.cs -- [ARTICLES] [FOLDER]
// The file is built once in FOLDER (default /tmp/ingestion-scale) and reused by later runs.
#:property IsTestProject=false
#:property TreatWarningsAsErrors=false
// File-based apps default to native AOT, which turns off the reflection-based JSON the page uses.
#:property PublishAot=false
#:project ../../services/Ingestion.Cli/Ingestion.Cli.csproj

using System.Diagnostics;
using System.Globalization;
using Ingestion.Cli.Dashboard;
using Ingestion.FeedWatcher.Intake;
using Ingestion.Storage.Persistence;
using Ingestion.Storage.Persistence.LiteDb;

int count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
string folder = args.Length > 1 ? args[1] : "/tmp/ingestion-scale";
string file = Path.Combine(folder, $"articles-{count}.db");
DateTimeOffset now = DateTimeOffset.UtcNow;

string[] places = ["القاهرة", "الكويت", "الرياض", "دبي", "بيروت", "عمان", "الدوحة", "تونس", "الجزائر", "الرباط", "غزة", "دمشق", "بغداد", "صنعاء", "الخرطوم"];
string[] people = [.. Enumerable.Range(0, 2000).Select(i => $"شخص{i} المحمد")];
string[] orgs = ["مجلس الوزراء", "وزارة الخارجية", "الأمم المتحدة", "جامعة الدول العربية", "البنك المركزي"];
string[] filler = "أكد المسؤول أن التعاون بين البلدين يشهد تطورا ملحوظا في مختلف المجالات وأن الجانبين بحثا سبل تعزيز العلاقات".Split(' ');

if (!File.Exists(file))
{
    Directory.CreateDirectory(folder);
    Stopwatch build = Stopwatch.StartNew();
    await using LiteDbArticleStore writer = new(file);
    await writer.InitializeAsync(CancellationToken.None);
    Random random = new(42);
    for (int start = 0; start < count; start += 1000)
    {
        List<ArticleDocument> batch = [];
        for (int i = start; i < Math.Min(count, start + 1000); i++)
        {
            batch.Add(Article(i, random));
        }

        await writer.UpsertManyAsync(batch, CancellationToken.None);
    }

    Console.WriteLine($"built {count:N0} articles in {build.Elapsed.TotalSeconds:F0} s: {new FileInfo(file).Length / 1e6:F0} MB");
}

string feed = Directory.CreateDirectory(Path.Combine(folder, "feed")).FullName;
await using LiteDbArticleStore store = new($"Filename={file};Connection=shared");
var options = new FeedOptions { Path = feed, StatePath = Path.Combine(folder, "state") };
await using var page = await StatusPage.StartAsync(new DashboardSources(options, new LedgerReader(options.ResolvedStatePath), store, null), "http://127.0.0.1:0", CancellationToken.None);
using HttpClient http = new() { BaseAddress = new Uri(StatusPage.Address(page)) };

Console.WriteLine($"{count:N0} articles, {new FileInfo(file).Length / 1e6:F0} MB; first call, then the median of 7 (ms):");
foreach (string path in new[]
{
    "api/summary",
    "api/articles?limit=8",
    "api/find",
    "api/find?entity=" + Uri.EscapeDataString("القاهره"),
    "api/find?entity=" + Uri.EscapeDataString("شخص7 المحمد") + "&type=PER",
    "api/find?type=ORG",
    "api/find?date=2025-03",
    "api/find?entity=" + Uri.EscapeDataString("الكويت") + "&date=2025-03-01..2025-03-10",
    "api/find?agency=MENA&skip=2000",
    "api/find?text=" + Uri.EscapeDataString("تطورا ملحوظا"),
    "api/find?entity=" + Uri.EscapeDataString("غير موجود"),
    "api/article?id=a-50000",
})
{
    Stopwatch first = Stopwatch.StartNew();
    using (HttpResponseMessage warm = await http.GetAsync(path))
    {
        await warm.Content.ReadAsByteArrayAsync();
        first.Stop();
        if (!warm.IsSuccessStatusCode)
        {
            Console.WriteLine($"  {path}: HTTP {(int)warm.StatusCode}");
            continue;
        }
    }

    List<double> times = [];
    for (int i = 0; i < 7; i++)
    {
        Stopwatch watch = Stopwatch.StartNew();
        using HttpResponseMessage response = await http.GetAsync(path);
        await response.Content.ReadAsByteArrayAsync();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    Console.WriteLine($"  {first.Elapsed.TotalMilliseconds,8:F1}  {times[3],8:F1}  {Uri.UnescapeDataString(path)}");
}

// Newest articles in the last 15 minutes (about 2 a second), the rest spread over two years; entities from pools
// where places repeat often and people rarely; every tenth article from MENA.
ArticleDocument Article(int i, Random random)
{
    DateTimeOffset storedAt = i >= count - 1800 ? now.AddSeconds(-(count - i) / 2.0) : now.AddMinutes(-20 - ((count - i) * 10.0));
    List<(string Text, string Type)> mentions =
    [
        (places[random.Next(places.Length)], "LOC"),
        (places[random.Next(places.Length)], "LOC"),
        (people[random.Next(people.Length)], "PER"),
        (orgs[random.Next(orgs.Length)], "ORG"),
    ];
    System.Text.StringBuilder text = new($"خبر رقم {i}\n");
    List<DocumentEntity> entities = [];
    foreach ((string name, string type) in mentions)
    {
        for (int w = 0; w < 60; w++)
        {
            text.Append(filler[random.Next(filler.Length)]).Append(' ');
        }

        entities.Add(new DocumentEntity { Text = name, Type = type, Start = text.Length, End = text.Length + name.Length, Confidence = 0.9 });
        text.Append(name).Append(' ');
    }

    DateOnly day = new DateOnly(2024, 1, 1).AddDays(random.Next(730));
    return new ArticleDocument
    {
        Id = $"a-{i}",
        Title = $"خبر رقم {i}",
        Text = text.ToString(),
        Language = i % 7 == 0 ? "en" : "ar",
        PublishedAt = storedAt.AddMinutes(-5),
        ReceivedAt = storedAt.AddSeconds(-1 - random.NextDouble() * 3),
        EnrichedAt = storedAt,
        StoredAt = storedAt,
        ContentHash = $"h{i}",
        Source = i % 10 == 0
            ? new DocumentSource { FileName = $"a-{i}.txt", Agency = "وكالة أنباء الشرق الأوسط", AgencyAbbreviation = "أ ش أ", AgencyLatin = "MENA" }
            : new DocumentSource { FileName = $"a-{i}.txt" },
        Entities = entities,
        Temporal = [new DocumentTemporal { Text = "اليوم", Type = "DATE", Value = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }],
        Engine = new DocumentEngine { Name = "scale", Version = "0" },
    };
}
