namespace Ingestion.Cli.Dashboard;

/// <summary>One highlighted span: an entity (detail: canonical name, role) or a temporal expression (detail: its value).</summary>
public sealed record TextAnnotation(int Start, int End, string Type, string Text, string? Detail);
