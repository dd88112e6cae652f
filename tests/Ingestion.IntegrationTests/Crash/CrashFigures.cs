using System.Globalization;

namespace Ingestion.IntegrationTests.Crash;

/// <summary>One crash scenario's outcome, printed as the line CI logs show.</summary>
internal sealed record CrashFigures(string Scenario, int Sent, int Stored, int Duplicated, int Lost, double Seconds)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Scenario}: sent {Sent}, stored {Stored}, duplicated {Duplicated}, lost {Lost}, seconds {Seconds:0.0}");
}
