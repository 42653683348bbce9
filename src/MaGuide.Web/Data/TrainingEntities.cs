namespace MaGuide.Web.Data;

/// <summary>A way to train as a medical assistant (certificate, associate degree, on the job, apprenticeship, military).</summary>
public sealed class TrainingRoute
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public int Order { get; init; }

    /// <summary>Space-separated training backgrounds this route gives (keys of <see cref="TrainingBackgrounds"/>).</summary>
    public required string Backgrounds { get; init; }

    public required string Summary { get; init; }
    public required string SourceId { get; init; }
    public string Note { get; init; } = "";
}

/// <summary>
/// One sourced fact about a training route: its length in months, clock hours, externship hours, cost in US dollars
/// or where it is offered. <see cref="Low"/> and <see cref="High"/> hold the numbers a source printed (either may be
/// missing); <see cref="Text"/> says it in words, always.
/// </summary>
public sealed class TrainingFact
{
    public int Id { get; init; }
    public required string RouteId { get; init; }
    public required string Attribute { get; init; }
    public decimal? Low { get; init; }
    public decimal? High { get; init; }

    /// <summary>The period the figure is for, as the source printed it (e.g. 2022-23); empty when it printed none.</summary>
    public string Period { get; init; } = "";

    public required string Text { get; init; }
    public required string SourceId { get; init; }
    public string Note { get; init; } = "";
}

/// <summary>A way to pay for training (Pell grants, WIOA funds, GI Bill, apprenticeship wages…), with who qualifies.</summary>
public sealed class TrainingFunding
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public int Order { get; init; }
    public required string WhoQualifies { get; init; }
    public required string WhatItPays { get; init; }
    public required string SourceId { get; init; }
    public string Note { get; init; } = "";
}

/// <summary>
/// A national certificate (CMA, RMA, CCMA, NCMA) or a state credential (e.g. Washington's MA-C), with its awarding body,
/// exam fee and renewal rule. Each figure names its own source; a missing figure means no source we hold gave it.
/// </summary>
public sealed class Credential
{
    public required string Id { get; init; }
    public required string Abbreviation { get; init; }
    public required string Name { get; init; }
    public required string Body { get; init; }
    public required string BodyUrl { get; init; }

    /// <summary><c>national</c> or <c>state</c>.</summary>
    public required string Level { get; init; }

    /// <summary>The state's code for a state credential; null for a national one.</summary>
    public string? StateCode { get; init; }

    /// <summary><c>current</c> or <c>former</c>.</summary>
    public required string Status { get; init; }

    public required string Summary { get; init; }
    public required string SourceId { get; init; }

    /// <summary>Exam fee in US dollars: lowest and highest the source printed.</summary>
    public decimal? ExamFeeLow { get; init; }
    public decimal? ExamFeeHigh { get; init; }
    public string ExamFeeText { get; init; } = "";
    public string ExamFeePeriod { get; init; } = "";
    public string? ExamFeeSourceId { get; init; }

    /// <summary>How many years a credential stays current before it must be renewed.</summary>
    public int? RenewalYears { get; init; }
    public string RenewalText { get; init; } = "";
    public string? RenewalSourceId { get; init; }
    public string Note { get; init; } = "";
}

/// <summary>One way to become eligible for a credential's exam: a data row, not code.</summary>
public sealed class CredentialRoute
{
    public int Id { get; init; }
    public required string CredentialId { get; init; }
    public required string Route { get; init; }

    /// <summary>The training background the route serves (a key of <see cref="TrainingBackgrounds"/>).</summary>
    public required string Background { get; init; }

    /// <summary>Years of work as a medical assistant the route asks for, if any.</summary>
    public int? MinYears { get; init; }

    public required string Requirement { get; init; }
    public required string SourceId { get; init; }
    public string Note { get; init; } = "";
}

/// <summary>A structured link: a state's scope rule for a task names this credential.</summary>
public sealed class CredentialRule
{
    public int Id { get; init; }
    public required string CredentialId { get; init; }
    public required string StateCode { get; init; }
    public required string TaskKey { get; init; }
    public required string SourceId { get; init; }
    public string Note { get; init; } = "";
}

/// <summary>The training backgrounds a reader can pick, and eligibility routes are keyed by.</summary>
public static class TrainingBackgrounds
{
    public const string AccreditedProgram = "accredited-program";
    public const string OtherProgram = "other-program";
    public const string Apprenticeship = "apprenticeship";
    public const string OnTheJob = "on-the-job";
    public const string Military = "military";
    public const string AlreadyCertified = "already-certified";

    /// <summary>Every background key with the words a reader sees; the last one is not offered on the form.</summary>
    public static IReadOnlyList<(string Key, string Label)> All { get; } =
    [
        (AccreditedProgram, "A program accredited by CAAHEP or ABHES"),
        (OtherProgram, "Another medical assisting program (certificate, diploma or degree)"),
        (Apprenticeship, "A medical assisting apprenticeship"),
        (OnTheJob, "Trained on the job while working as a medical assistant"),
        (Military, "Military medical training"),
        (AlreadyCertified, "Already certified, renewing"),
    ];

    /// <summary>The backgrounds offered on the "which exams can I take" form.</summary>
    public static IReadOnlyList<(string Key, string Label)> Offered { get; } = [.. All.Where(b => b.Key != AlreadyCertified)];

    public static IReadOnlySet<string> Keys { get; } = All.Select(b => b.Key).ToHashSet(StringComparer.Ordinal);

    public static string Label(string key) => All.FirstOrDefault(b => b.Key == key).Label ?? key;
}
