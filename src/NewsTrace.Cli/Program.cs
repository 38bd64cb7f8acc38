using NewsTrace.Cli;

return await NewsTraceCli.InvokeAsync(args).ConfigureAwait(false);
