namespace MaGuide.Web.ContentFiles;

public enum ProblemSeverity
{
    Warning,
    Error,
}

/// <summary>One thing wrong with an editor's file, reported as <c>path:line: message</c>.</summary>
public sealed record ContentProblem(string Path, int Line, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    public bool IsError => Severity == ProblemSeverity.Error;

    public override string ToString() =>
        Severity == ProblemSeverity.Warning ? $"{Path}:{Line}: warning: {Message}" : $"{Path}:{Line}: {Message}";
}
