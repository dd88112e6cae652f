using System.Globalization;
using System.Text;
using System.Xml;
using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Temporal.Evaluation;

/// <summary>
/// Reads a TimeML document in the TempEval-3 layout: the creation date from the <c>DCT</c> TIMEX3 whose
/// <c>functionInDocument</c> is <c>CREATION_TIME</c>, the text of <c>TEXT</c> with every tag stripped, and its TIMEX3
/// elements as gold annotations (offsets in the stripped text). EVENT and SIGNAL tags are dropped, their words kept.
/// </summary>
public static class TimeMlReader
{
    public static TimexDocument Read(string path, string language = "en")
    {
        using XmlReader reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, IgnoreComments = true });
        try
        {
            return Read(reader, Path.GetFileNameWithoutExtension(path), language);
        }
        catch (XmlException e)
        {
            throw new InvalidDataException($"{path}: not well-formed TimeML ({e.Message}).", e);
        }
    }

    public static TimexDocument Parse(string xml, string id, string language = "en")
    {
        using XmlReader reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, IgnoreComments = true });
        return Read(reader, id, language);
    }

    private static TimexDocument Read(XmlReader reader, string id, string language)
    {
        DateOnly? dct = null;
        var text = new StringBuilder();
        var gold = new List<TemporalAnnotation>();
        bool inText = false;
        bool inDct = false;
        // The open TIMEX3 inside TEXT: its start offset and attributes.
        (int Start, string Type, string Value, string? Mod)? open = null;
        bool sawText = false;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "TEXT":
                    inText = !reader.IsEmptyElement;
                    sawText = true;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "TEXT":
                    inText = false;
                    break;
                case XmlNodeType.Element when reader.LocalName == "DCT":
                    inDct = !reader.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "DCT":
                    inDct = false;
                    break;
                case XmlNodeType.Element when reader.LocalName == "TIMEX3" && (inDct || reader.GetAttribute("functionInDocument") == "CREATION_TIME"):
                    dct ??= ParseDate(reader.GetAttribute("value"), id);
                    break;
                case XmlNodeType.Element when reader.LocalName == "TIMEX3" && inText:
                    string type = reader.GetAttribute("type") ?? throw new InvalidDataException($"{id}: a TIMEX3 without a type.");
                    string value = reader.GetAttribute("value") ?? string.Empty;
                    string? mod = reader.GetAttribute("mod");
                    if (!reader.IsEmptyElement)
                    {
                        open = (text.Length, type, value, string.IsNullOrEmpty(mod) ? null : mod);
                    }

                    break;
                case XmlNodeType.EndElement when reader.LocalName == "TIMEX3" && inText && open is { } o:
                    if (text.Length > o.Start)
                    {
                        gold.Add(new TemporalAnnotation { Text = text.ToString(o.Start, text.Length - o.Start), Type = o.Type, Start = o.Start, End = text.Length, Value = o.Value, Mod = o.Mod });
                    }

                    open = null;
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA when inText:
                    text.Append(reader.Value);
                    break;
                default:
                    break;
            }
        }

        if (!sawText)
        {
            throw new InvalidDataException($"{id}: no TEXT element.");
        }

        if (dct is null)
        {
            throw new InvalidDataException($"{id}: no creation time (a DCT TIMEX3 or one with functionInDocument=\"CREATION_TIME\").");
        }

        return new TimexDocument(id, text.ToString(), language, dct.Value, gold);
    }

    // TimeML creation times are ISO dates, possibly with a time ("1998-02-06T22:19:00"); a few use the compact form.
    private static DateOnly ParseDate(string? value, string id)
    {
        string v = value ?? string.Empty;
        if (v.Length >= 10 && DateOnly.TryParseExact(v[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day))
        {
            return day;
        }

        if (v.Length >= 8 && DateOnly.TryParseExact(v[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return day;
        }

        throw new InvalidDataException($"{id}: creation time '{v}' is not a date.");
    }
}
