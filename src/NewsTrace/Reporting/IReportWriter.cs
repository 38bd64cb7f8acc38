namespace NewsTrace.Reporting;

/// <summary>Writes a <see cref="CorpusReport"/> in one format.</summary>
public interface IReportWriter
{
    /// <summary>The file extension for this format, without the dot.</summary>
    string Extension { get; }

    void Write(CorpusReport report, TextWriter output);
}
