using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Ingestion.Contracts.Tests.Schemas;

/// <summary>The summaries of the contract's XML documentation, as plain text, so the schemas say what the code says.</summary>
internal sealed partial class XmlDocumentation
{
    private readonly Dictionary<string, string> _summaries;

    private XmlDocumentation(Dictionary<string, string> summaries) => _summaries = summaries;

    public static XmlDocumentation For(Assembly assembly)
    {
        string path = Path.ChangeExtension(assembly.Location, ".xml");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} is missing: the contract project must keep GenerateDocumentationFile on.", path);
        }

        Dictionary<string, string> summaries = XDocument.Load(path).Descendants("member")
            .Where(member => member.Element("summary") is not null)
            .ToDictionary(member => (string)member.Attribute("name")!, member => ToText(member.Element("summary")!));
        return new XmlDocumentation(summaries);
    }

    public string? Of(Type type) => _summaries.GetValueOrDefault("T:" + type.FullName);

    public string? Of(PropertyInfo property) =>
        _summaries.GetValueOrDefault($"P:{property.DeclaringType!.FullName}.{property.Name}");

    private static string ToText(XElement summary)
    {
        var text = new StringBuilder();
        foreach (XNode node in summary.Nodes())
        {
            text.Append(node switch
            {
                XText plain => plain.Value,
                XElement { Name.LocalName: "see" } see => CrefName(see),
                XElement element => element.Value,
                _ => string.Empty,
            });
        }

        return Whitespace().Replace(text.ToString(), " ").Trim();
    }

    // "T:Ingestion.Contracts.ContractVersions" reads as ContractVersions, "P:...ArticleDiscovered.ArticleId" as
    // ArticleDiscovered.ArticleId: what a reader of the schema can look up.
    private static string CrefName(XElement see)
    {
        string cref = (string?)see.Attribute("cref") ?? (string?)see.Attribute("langword") ?? see.Value;
        string name = cref.Contains(':', StringComparison.Ordinal) ? cref[(cref.IndexOf(':', StringComparison.Ordinal) + 1)..] : cref;
        string[] parts = name.Split('.');
        return cref.StartsWith("T:", StringComparison.Ordinal) || parts.Length < 2 ? parts[^1] : $"{parts[^2]}.{parts[^1]}";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
