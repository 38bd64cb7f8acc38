namespace NewsTrace.Pipeline;

/// <summary>The stages given to a <see cref="PipelineBuilder"/> cannot run in the order given.</summary>
public sealed class PipelineConfigurationException : Exception
{
    public PipelineConfigurationException()
    {
    }

    public PipelineConfigurationException(string message)
        : base(message)
    {
    }

    public PipelineConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
