using System.Text;

namespace CityOs.Disaster.Registry;

/// <summary>
/// Reads the registry CSV (docs/disaster-registry.md): a header, then one resident per line. Every line is
/// checked on its own; a bad line is refused whole with its line number, good lines go through.
/// </summary>
public static class RegistryCsv
{
    public static readonly IReadOnlyList<string> Columns = ["name", "birth_date", "address", "phone", "district", "needs", "care_level"];

    public sealed record Result(IReadOnlyList<(int Line, RegistryApplicant Applicant)> Rows, IReadOnlyList<RowProblem> Problems, int RowsRead);

    public static Result Parse(TextReader reader, IReadOnlySet<string> districts, DateOnly today, string? staffId)
    {
        var rows = new List<(int, RegistryApplicant)>();
        var problems = new List<RowProblem>();
        var seen = new Dictionary<(string, DateOnly), int>();
        int[]? index = null;
        var headerCount = 0;
        var lineNumber = 0;
        var rowsRead = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var cells = Split(line.TrimStart('\uFEFF'));
            if (index is null)
            {
                headerCount = cells.Count;
                index = [.. Columns.Select(c => cells.FindIndex(h => string.Equals(h.Trim(), c, StringComparison.OrdinalIgnoreCase)))];
                var missing = Columns.Where((_, i) => index[i] < 0).ToList();
                if (missing.Count > 0)
                {
                    problems.Add(new RowProblem(lineNumber, "header", $"列がありません / missing columns: {string.Join(", ", missing)}"));
                    return new Result([], problems, 0);
                }

                continue;
            }

            rowsRead++;
            if (cells.Count != headerCount)
            {
                problems.Add(new RowProblem(lineNumber, "row", $"列の数が違います / expected {headerCount} columns, found {cells.Count}"));
                continue;
            }

            string Cell(int i) => cells[index[i]];
            var (applicant, errors) = ApplicantValidator.Validate(
                new ApplicantInput(Cell(0), Cell(1), Cell(2), Cell(3), Cell(4), Cell(5), Cell(6), staffId), districts, today);
            if (applicant is null)
            {
                problems.AddRange(errors.Select(e => new RowProblem(lineNumber, e.Field, e.Reason)));
                continue;
            }

            if (seen.TryGetValue((applicant.Name, applicant.BirthDate), out var first))
            {
                problems.Add(new RowProblem(lineNumber, "row", $"{first} 行目と同じ人です / same person as line {first}"));
                continue;
            }

            seen[(applicant.Name, applicant.BirthDate)] = lineNumber;
            rows.Add((lineNumber, applicant));
        }

        if (index is null)
        {
            problems.Add(new RowProblem(1, "header", "見出し行がありません / the header line is missing"));
        }

        return new Result(rows, problems, rowsRead);
    }

    /// <summary>RFC 4180 cells on one line; an unterminated quote makes the line malformed (null).</summary>
    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return quoted ? [] : cells;
    }
}
