using Spectre.Console;
using Spectre.Console.Rendering;

namespace Ingestion.Cli.Terminal;

/// <summary>
/// For output that is not a terminal: tables lose their borders and never stretch, rules become their title; both
/// would otherwise be drawn to the console's (unbounded) width.
/// </summary>
internal sealed class PlainRenderHook : IRenderHook
{
    public IEnumerable<IRenderable> Process(RenderOptions options, IEnumerable<IRenderable> renderables) =>
        renderables.Select(Plain);

    private static IRenderable Plain(IRenderable renderable)
    {
        switch (renderable)
        {
            case Table table:
                table.Border = TableBorder.None;
                table.Expand = false;
                table.ShowRowSeparators = false;
                return table;
            case Rule rule:
                return new Markup((rule.Title ?? string.Empty) + "\n");
            default:
                return renderable;
        }
    }
}
