using NewsTrace.Documents;
using NewsTrace.Ingest;

namespace NewsTrace.Storage;

/// <summary>
/// One input waiting in the work queue: the raw input exactly as the reader produced it (its bytes travel with it,
/// because a worker on another machine cannot read the enqueuer's files) and the document date the user gave.
/// </summary>
/// <param name="Input">The input; its <see cref="RawInput.Id"/> (the content hash) is its key in the queue.</param>
/// <param name="DocumentCreationTime">The <c>--dct</c> the input was enqueued with, applied when a worker analyses it.</param>
public sealed record QueuedInput(RawInput Input, PublishDate? DocumentCreationTime);
