using MaGuide.Web.Content;
using MaGuide.Web.Data;

namespace MaGuide.Web.Queries;

/// <summary>The pay, training and certification pages as search sees them (issue 17: every page a reader can land
/// on is indexed). Titles are the pages' headings; bodies are built from the same store rows the pages show.</summary>
public static partial class SearchPages
{
    private static IEnumerable<SearchPage> Pay(GuideCatalog catalog, MaGuideDb db)
    {
        var settings = db.IndustryWages.Select(w => w.IndustryName).Distinct().ToList();
        var metros = db.MetroWages.Select(w => w.AreaName).Distinct().ToList();
        var states = db.Areas.Where(a => a.IsState).OrderBy(a => a.Name).Select(a => a.Name).ToList();
        yield return new SearchPage(SiteLinks.Salary, "Pay", "Medical assistant pay",
            "What medical assistants earn in the United States: the national pay range, the trend by year, pay by work setting, by state and by metro area.",
            "National pay range, percentiles, median hourly and annual pay, pay over time, pay by work setting, by state and by metro area.")
        { Keys = "pay salary wages" };
        yield return new SearchPage(SiteLinks.SalaryStates(), "Pay", "Medical assistant pay by state",
            "Medical assistant pay in each state: a tile map on one comparable scale and a sortable table, each figure with its source and period.",
            $"Pay by state, highest and lowest paying states, price-adjusted for cost of living, employment by state: {string.Join(", ", states)}.")
        { Keys = "pay by state states map", Boost = 0.8 };
        yield return new SearchPage(SiteLinks.SalarySettings, "Pay", "Medical assistant pay by work setting",
            "What medical assistants earn by kind of workplace (annual mean wage by industry), each figure with its source and period.",
            $"Pay by work setting, workplace and industry: {string.Join(", ", settings)}.")
        { Keys = "pay by work setting workplace industry", Boost = 0.8 };
        yield return new SearchPage(SiteLinks.SalaryMetros, "Pay", "Medical assistant pay in large metro areas",
            "What medical assistants earn in large US metropolitan areas, with means and medians kept apart and each figure's source.",
            $"Pay by metro area and city: {string.Join(", ", metros)}.")
        { Keys = "pay by metro area city cities", Boost = 0.8 };
        yield return new SearchPage(SiteLinks.SalaryTrend, "Pay", "Medical assistant pay over time",
            "National medical assistant pay by year, one statistic on a true year scale, each figure with its source and period.",
            "Pay over time, by year, history, change and growth of pay since earlier years.")
        { Keys = "pay over time trend history years", Boost = 0.8 };
    }

    private static IEnumerable<SearchPage> Training(GuideCatalog catalog, MaGuideDb db)
    {
        var routes = db.TrainingRoutes.OrderBy(r => r.Order).ToList();
        var facts = db.TrainingFacts.Select(f => f.Text).ToList();
        var funding = db.TrainingFunding.OrderBy(f => f.Order).ToList();
        yield return new SearchPage(SiteLinks.Training, "Training", "Ways to train as a medical assistant: length, cost, exams",
            "Certificate, degree, on-the-job, apprenticeship and military routes side by side: how long, what it costs, which exams they lead to, and how to pay.",
            Sentences(routes.SelectMany(r => new[] { $"{r.Name}: {r.Summary}" }).Concat(facts)
                .Concat(funding.SelectMany(f => new[] { $"{f.Name}: {f.WhoQualifies}", f.WhatItPays }))
                .Append("How to check a program's accreditation: CAAHEP (through MAERB) and ABHES accredit medical assisting programs.")))
        {
            Keys = "training routes programs length cost exams",
            Headings = "The routes side by side. Which route fits me? How to pay for training. How to check a program's accreditation. States whose rules change what training you need.",
        };
        yield return new SearchPage(SiteLinks.Payback, "Training", "Is medical assistant training worth it for me?",
            "Enter your state, the program's cost and length and your pay now: see the medical assistant pay figure used, the monthly difference and how soon training pays back.",
            "A calculator: training cost, program length, your pay now and medical assistant pay in your state; the monthly difference and how many months until training pays back.")
        { Keys = "payback calculator training cost worth it" };
    }

    private static IEnumerable<SearchPage> Credentials(GuideCatalog catalog, MaGuideDb db)
    {
        var credentials = db.Credentials.OrderBy(c => c.Level).ThenBy(c => c.Id).ToList();
        var routes = db.CredentialRoutes.ToList().ToLookup(r => r.CredentialId, StringComparer.Ordinal);
        yield return new SearchPage(SiteLinks.Certifications, "Certification", "Medical assistant certifications, decoded",
            "Every medical assistant credential we track: who awards it, who may sit the exam, the fee, how to renew, and which state rules name it. Find the exams you can sit.",
            Sentences(credentials.Select(c => $"{c.Abbreviation}, {c.Name}, from {c.Body}: {c.Summary}")))
        {
            Keys = "certifications credentials exams " + string.Join(' ', credentials.Select(c => c.Abbreviation)),
            Headings = "Every credential we track. Which exams can I take?",
        };
        foreach (var c in credentials)
        {
            yield return new SearchPage(SiteLinks.Certification(c.Id), "Certification", $"{c.Abbreviation}: {c.Name}",
                $"{c.Name} from {c.Body}: who may sit the exam, the fee, how to renew and which state rules name it.",
                Sentences(new[] { c.Summary, $"Awarded by {c.Body}", c.ExamFeeText.Length > 0 ? $"Exam fee: {c.ExamFeeText}" : "", c.RenewalText.Length > 0 ? $"Keeping it current: {c.RenewalText}" : "" }
                    .Concat(routes[c.Id].Select(r => r.Requirement))))
            {
                Keys = $"{c.Abbreviation} {c.Name}",
                Headings = "Who may sit the exam. Exam fee. Keeping it current. State rules that name it.",
            };
        }
    }
}
