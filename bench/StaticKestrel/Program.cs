using Microsoft.Extensions.FileProviders;

// Serves the files of one folder (args: --root <folder> --urls <url>) with nothing else in the pipeline.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Path.GetFullPath(app.Configuration["root"]!)) });
app.Run();
