using System.Globalization;
using System.Security.Cryptography;
using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Entities.Features;
using Ingestion.Enrichment.Engine.Entities.Model;
using Ingestion.Enrichment.Engine.Entities.Representations;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities;

/// <summary>
/// The statistical recognizer: tokenizes with offsets, splits sentences, tags each with the language's
/// <see cref="NerModel"/> and turns BIO runs into annotations that point into the original text.
/// </summary>
public sealed class SequenceEntityRecognizer : IEntityRecognizer
{
    private const string ResourcePrefix = "Ingestion.Enrichment.Engine.Resources.Models/";
    private const int MaxSentenceTokens = 120;

    private readonly NerModel _arabic;
    private readonly NerModel _english;

    /// <summary>Wraps already loaded models (e.g. one trained by <c>ingest train ner</c>).</summary>
    public SequenceEntityRecognizer(NerModel arabic, NerModel english, string modelVersion)
    {
        _arabic = arabic;
        _english = english;
        ModelVersion = modelVersion;
    }

    public string ModelVersion { get; }

    /// <summary>
    /// Loads the Arabic (ANERcorp + WikiFANE) and English (GUM + Wikigold) models embedded in the assembly, or, when a
    /// deployment names the optional non-commercial resources (<see cref="NonCommercialResources"/>), the Arabic model
    /// trained on the same data to read their word clusters. The model version says which: <c>ar-clusters-N</c> words, or
    /// <c>ar-clusters-none</c> for the embedded model.
    /// </summary>
    public static SequenceEntityRecognizer LoadDefault()
    {
        // A model trained to read the clusters loses about 9 F1 without them: the two models are never mixed.
        WordClusters? clusters = NerLexicons.Default.Clusters;
        (NerModel arabic, string arabicHash) = clusters is null
            ? LoadEmbedded("ner-ar.model.gz")
            : Load(File.OpenRead(NonCommercialResources.PathOf(NonCommercialResources.ArabicModelFile)!));
        (NerModel english, string englishHash) = LoadEmbedded("ner-en.model.gz");
        string loaded = clusters is null ? "none" : clusters.Count.ToString(CultureInfo.InvariantCulture);
        return new SequenceEntityRecognizer(arabic, english, $"ar-anercorp-wikifane-{arabicHash};en-gum-wikigold-{englishHash};ar-clusters-{loaded}");
    }

    public IReadOnlyList<EntityAnnotation> Recognize(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        NerModel model = ModelFor(language, text);

        List<Token> tokens = Tokenizer.Tokenize(text);
        var labels = new int[tokens.Count];
        var margins = new float[tokens.Count];
        var extractor = new FeatureExtractor(NerLexicons.Default);
        DocumentContext document = model.DocumentWindow > 0 || model.PropagatesLabels
            ? DocumentContext.Build(NerLexicons.Default, [(text, tokens)])
            : DocumentContext.Empty;
        var sentences = new List<(string Text, IReadOnlyList<Token> Tokens, int[] Labels)>();
        var stems = new List<ulong[]>();
        int start = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (i + 1 == tokens.Count || i + 1 - start >= MaxSentenceTokens || EndsSentence(text, tokens, i))
            {
                int count = i + 1 - start;
                var sentenceLabels = new int[count];
                model.Decode(text, tokens, start, count, extractor, sentenceLabels, margins.AsSpan(start, count), document);
                sentences.Add((text, tokens.GetRange(start, count), sentenceLabels));
                sentenceLabels.CopyTo(labels, start);
                stems.Add(model.PropagatesLabels || model.SecondPass is not null ? document.Stems[0][start..(start + count)] : []);
                start = i + 1;
            }
        }

        if (model.SecondPass is not null)
        {
            DecodeAgain(model.SecondPass, extractor, document, tokens, sentences, stems, labels, margins);
        }

        if (model.PropagatesLabels)
        {
            LabelPropagation.Apply(sentences, stems);
        }

        int offset = 0;
        foreach ((string _, IReadOnlyList<Token> sentenceTokens, int[] sentenceLabels) in sentences)
        {
            for (int k = 0; k < sentenceLabels.Length; k++)
            {
                // A label copied from another mention has no margin of its own: report it as a coin toss.
                if (labels[offset + k] != sentenceLabels[k] && sentenceLabels[k] != 0)
                {
                    margins[offset + k] = 0;
                }

                labels[offset + k] = sentenceLabels[k];
            }

            offset += sentenceTokens.Count;
        }

        return ToAnnotations(text, tokens, labels, margins);
    }

    // The second pass of a stacked model: every sentence again, now knowing how the first pass tagged the document.
    private static void DecodeAgain(NerModel second, FeatureExtractor extractor, DocumentContext document, List<Token> tokens, List<(string Text, IReadOnlyList<Token> Tokens, int[] Labels)> sentences, List<ulong[]> stems, int[] labels, float[] margins)
    {
        FirstPassLabels firstPass = FirstPassLabels.Build(stems.Zip(sentences.Select(s => s.Labels)));
        int start = 0;
        foreach ((string text, IReadOnlyList<Token> sentenceTokens, int[] sentenceLabels) in sentences)
        {
            int count = sentenceTokens.Count;
            second.Decode(text, tokens, start, count, extractor, sentenceLabels, margins.AsSpan(start, count), document, firstPass, labels.AsSpan(start, count));
            sentenceLabels.CopyTo(labels, start);
            start += count;
        }
    }

    /// <summary>
    /// The model used for a language: "ar" Arabic, "en" English, anything else Arabic when
    /// <paramref name="sample"/> has Arabic letters, else English.
    /// </summary>
    public NerModel ModelFor(string language, string sample = "") => language switch
    {
        "ar" => _arabic,
        "en" => _english,
        _ => sample.Any(ArabicNormalizer.IsArabicLetter) ? _arabic : _english,
    };

    private static (NerModel Model, string Hash) LoadEmbedded(string name) =>
        Load(typeof(SequenceEntityRecognizer).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The embedded model {name} is missing from the engine assembly."));

    private static (NerModel Model, string Hash) Load(Stream source)
    {
        using Stream stream = source;
        var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        string hash = Convert.ToHexStringLower(SHA256.HashData(bytes.GetBuffer().AsSpan(0, (int)bytes.Length)))[..12];
        bytes.Position = 0;
        return (NerModel.Load(bytes), hash);
    }

    // A sentence ends at final punctuation or at a line break; names do not cross either.
    private static bool EndsSentence(string text, List<Token> tokens, int i)
    {
        Token token = tokens[i];
        if (token.Kind == TokenKind.Punctuation && text[token.Start] is '.' or '!' or '?' or '؟' or '؛')
        {
            return true;
        }

        return i + 1 < tokens.Count && text.AsSpan(token.End, tokens[i + 1].Start - token.End).Contains('\n');
    }

    private static List<EntityAnnotation> ToAnnotations(string text, List<Token> tokens, int[] labels, float[] margins)
    {
        var entities = new List<EntityAnnotation>();
        foreach ((int i, int end, int type) in NerLabels.Spans(labels))
        {
            float margin = float.PositiveInfinity;
            for (int k = i; k < end; k++)
            {
                margin = Math.Min(margin, margins[k]);
            }

            int from = tokens[i].Start;
            int to = tokens[end - 1].End;
            entities.Add(new EntityAnnotation
            {
                Text = text[from..to],
                Type = NerLabels.Types[type],
                Start = from,
                End = to,

                // The margin of the weakest token over its best alternative, squashed to (0, 1): a tie reads 0.5.
                Confidence = Math.Round(1 / (1 + Math.Exp(-margin / 4)), 3),
            });
        }

        return entities;
    }
}
