using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsTrace.Web.Api;
using NewsTrace.Web.Html;
using NewsTrace.Web.Ingest;
using NewsTrace.Web.Pages;
using NewsTrace.Web.Security;
using NewsTrace.Web.Stories;

namespace NewsTrace.Web;

/// <summary>
/// Builds the web app: services, the middleware order (security headers, errors, host/size/origin guard, routing)
/// and the endpoints. <see cref="Create"/> is what `newstrace serve` runs; tests host the same
/// <see cref="AddServices"/> and <see cref="Configure"/> in a test server.
/// </summary>
public static class NewsTraceWebApp
{
    public static WebApplication Create(WebBackend backend, WebAppOptions options, IReadOnlyList<string> urls)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(urls);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(NewsTraceWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls([.. urls]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.Logging.ClearProviders().AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        AddServices(builder.Services, backend, options);
        var app = builder.Build();
        Configure(app);
        return app;
    }

    public static void AddServices(IServiceCollection services, WebBackend backend, WebAppOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(options);
        if (options.WriteToken is null && !options.LoopbackOnly)
        {
            throw new ArgumentException("A write token is required when the server listens beyond loopback.", nameof(options));
        }

        services.AddSingleton(backend);
        services.AddSingleton(options);
        services.AddSingleton(_ => new StoryCache(backend.Store, options, TimeProvider.System));
        services.AddSingleton<UploadIngestor>();
        services.AddSingleton<WriteAuthorization>();
        services.AddSingleton<RequestGuard>();
        services.AddSingleton<Operations.RequestMetrics>();
        services.AddRouting();
        services.AddProblemDetails();
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "NewsTrace API";
            document.Info.Description = "Articles, stories, quotes, entities, search and ingest over one NewsTrace store. Offsets are half-open UTF-16 code units into each article's text.";
            return Task.CompletedTask;
        }));
        services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = options.MaxRequestBytes;
            form.ValueCountLimit = 256;
        });
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());

            // Letters stay readable, but <, >, &, ' and " are always \u-escaped: a "</script>" in article text can
            // never close a script element if a client ever embeds this JSON in a page.
            json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
    }

    public static void Configure(IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var guard = app.ApplicationServices.GetRequiredService<RequestGuard>();
        app.Use(app.ApplicationServices.GetRequiredService<Operations.RequestMetrics>().InvokeAsync);
        app.Use(SecurityHeaders.AddAsync);
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteErrorAsync });
        app.UseStatusCodePages(context => WriteStatusAsync(context.HttpContext));
        app.Use(guard.InvokeAsync);
        app.UseRouting();
        app.UseEndpoints(endpoints =>
        {
            PageEndpoints.Map(endpoints);
            ApiEndpoints.Map(endpoints);
            StaticAssets.Map(endpoints);
            Operations.OperationsEndpoints.Map(endpoints);
            endpoints.MapOpenApi();
        });
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>Unhandled errors: problem details for the API, a page for people; never the exception's text.</summary>
    private static Task WriteErrorAsync(HttpContext context)
    {
        var status = context.Features.Get<IExceptionHandlerFeature>()?.Error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
        context.Response.StatusCode = status;
        return IsApi(context)
            ? Problems.Write(context, status, status == StatusCodes.Status500InternalServerError ? "Internal error" : "Bad request")
            : HtmlResults.Page(ErrorPage.Render("Something went wrong", "The request could not be completed."), status).ExecuteAsync(context);
    }

    /// <summary>Bodiless error statuses (unknown routes, bad parameters) get the same two shapes.</summary>
    private static Task WriteStatusAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var title = status == StatusCodes.Status404NotFound ? "Not found" : "Request failed";
        return IsApi(context)
            ? Problems.Write(context, status, title)
            : HtmlResults.Page(ErrorPage.Render(title, "There is nothing at this address."), status).ExecuteAsync(context);
    }
}
