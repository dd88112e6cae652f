using System.Reflection;
using Quickenshtein;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Invocation;

/// <summary>The valid option nearest to a mistyped one, among those the command's settings declare.</summary>
public static class OptionSuggestion
{
    /// <summary>
    /// The closest option name (with its dashes), or null when none is close: at most a third of the name's letters
    /// differ, or the typed text starts an option's name.
    /// </summary>
    public static string? Nearest(string typed, Type settingsType)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(settingsType);
        string bare = typed.TrimStart('-');
        if (bare.Length == 0)
        {
            return null;
        }

        List<string> names = [.. OptionNames(settingsType), "help"];
        if (names.Where(name => name.StartsWith(bare, StringComparison.Ordinal)).ToList() is [string only])
        {
            return "--" + only;
        }

        (string Name, int Distance) best = names
            .Select(name => (name, Levenshtein.GetDistance(bare, name)))
            .OrderBy(candidate => candidate.Item2)
            .ThenBy(candidate => candidate.name, StringComparer.Ordinal)
            .First();
        return best.Distance <= Math.Max(1, bare.Length / 3) ? "--" + best.Name : null;
    }

    /// <summary>The long names of every visible option of the settings type, its base classes' included.</summary>
    public static IEnumerable<string> OptionNames(Type settingsType)
    {
        ArgumentNullException.ThrowIfNull(settingsType);
        return settingsType
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(property => property.GetCustomAttribute<CommandOptionAttribute>())
            .Where(option => option is { IsHidden: false })
            .SelectMany(option => option!.LongNames)
            .Distinct(StringComparer.Ordinal);
    }
}
