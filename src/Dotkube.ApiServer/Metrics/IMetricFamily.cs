using System.Text;

namespace Dotkube.ApiServer.Metrics;

/// <summary>What the registry needs from a family of any child type: its name and its text.</summary>
internal interface IMetricFamily
{
    string Name { get; }

    void WriteTo(StringBuilder b);
}
