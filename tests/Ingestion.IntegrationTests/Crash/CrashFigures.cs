using System.Globalization;

namespace Ingestion.IntegrationTests.Crash;

/// <summary>One crash scenario's outcome, printed as the line CI logs show.</summary>
/// <param name="RestartsOnRequest">Services that exited asking to be restarted (their stall watchdog found the connection wedged), restarted by the test as a supervisor would.</param>
internal sealed record CrashFigures(string Scenario, int Sent, int Stored, int Duplicated, int Lost, double Seconds, string RestartsOnRequest)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Scenario}: sent {Sent}, stored {Stored}, duplicated {Duplicated}, lost {Lost}, seconds {Seconds:0.0}, restarts on request {RestartsOnRequest}");
}
