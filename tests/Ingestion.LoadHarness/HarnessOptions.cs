using System.Globalization;

namespace Ingestion.LoadHarness;

/// <summary>The command line: <c>--articles N --rate R --window W --corpus DIR --mongo URL --rabbit URL --out DIR</c>.</summary>
internal sealed record HarnessOptions
{
    public int Articles { get; init; } = 20_000;

    /// <summary>Articles dropped per second (open loop); 0 is closed loop.</summary>
    public int Rate { get; init; }

    /// <summary>Closed loop: articles dropped and not yet stored, at most.</summary>
    public int Window { get; init; } = 1_000;

    public string Corpus { get; init; } = "";

    public string? Mongo { get; init; }

    public Uri Rabbit { get; init; } = new("amqp://guest:guest@127.0.0.1:5672/");

    public Uri Management { get; init; } = new("http://127.0.0.1:15672/");

    public string Output { get; init; } = "";

    /// <summary>The services' build configuration: their dlls are taken from <c>bin/{Configuration}/net10.0</c>.</summary>
    public string Configuration { get; init; } = "Release";

    /// <summary>Where the built services are taken from; another checkout measures a before/after pair.</summary>
    public string? ServicesRoot { get; init; }

    /// <summary>
    /// A folder of published services (<c>dotnet publish services/X -o DIR/X</c>: what the Dockerfile ships, ReadyToRun);
    /// when set, the services are run from there instead of a build's <c>bin</c>.
    /// </summary>
    public string? Published { get; init; }

    /// <summary>Messages sent through the raw three-hop chain; 0 skips the ceiling.</summary>
    public int CeilingMessages { get; init; } = 20_000;

    /// <summary>Extra settings passed to every service, e.g. <c>--set Bus__PrefetchCount=400</c>.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    public TimeSpan Deadline { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>Also subscribe to the inner events and cut each article's time into stages (two more deliveries per article).</summary>
    public bool Stages { get; init; }

    public bool IsOpenLoop => Rate > 0;

    public static HarnessOptions Parse(string[] args, string repositoryRoot)
    {
        HarnessOptions options = new()
        {
            Corpus = Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "corpus", "news-ar", "articles")),
            Output = Path.Combine(repositoryRoot, "artifacts", "load"),
        };
        Dictionary<string, string> settings = new(StringComparer.Ordinal);
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--articles" => options with { Articles = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--rate" => options with { Rate = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--window" => options with { Window = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--corpus" => options with { Corpus = Path.GetFullPath(Value()) },
                "--mongo" => options with { Mongo = Value() },
                "--rabbit" => options with { Rabbit = new Uri(Value()) },
                "--management" => options with { Management = new Uri(Value()) },
                "--out" => options with { Output = Path.GetFullPath(Value()) },
                "--configuration" or "-c" => options with { Configuration = Value() },
                "--services-root" => options with { ServicesRoot = Path.GetFullPath(Value()) },
                "--published" => options with { Published = Path.GetFullPath(Value()) },
                "--ceiling-messages" => options with { CeilingMessages = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--deadline-minutes" => options with { Deadline = TimeSpan.FromMinutes(double.Parse(Value(), CultureInfo.InvariantCulture)) },
                "--set" => AddSetting(options, settings, Value()),
                "--stages" => options with { Stages = true },
                _ => throw new ArgumentException($"Unknown option {name}. See README, section Performance."),
            };
        }

        return options with { Settings = settings };
    }

    private static HarnessOptions AddSetting(HarnessOptions options, Dictionary<string, string> settings, string pair)
    {
        int equals = pair.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new ArgumentException($"--set takes NAME=VALUE, not '{pair}'.");
        }

        settings[pair[..equals]] = pair[(equals + 1)..];
        return options;
    }
}
