using System.Text;

namespace CityOs.Mobility.Transit.Gtfs;

/// <summary>
/// RFC 4180 as GTFS uses it. Written here rather than taken from a CSV library because every error must
/// name the physical line a publisher sees in an editor, also for quoted values that span lines.
/// </summary>
public static class GtfsCsv
{
    public static GtfsTable? Parse(string fileName, string text, GtfsIssues issues)
    {
        var rows = new List<(int Line, string[] Cells)>();
        if (!ReadRows(fileName, text.TrimStart('\uFEFF'), rows, issues))
        {
            return null;
        }

        if (rows.Count == 0)
        {
            issues.Add(fileName, null, "the file is empty (a header line is required)");
            return null;
        }

        var header = rows[0].Cells;
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (!columns.TryAdd(header[i], i))
            {
                issues.Add(fileName, rows[0].Line, $"column '{header[i]}' appears twice");
            }
        }

        var records = new List<GtfsRecord>(rows.Count - 1);
        foreach (var (line, cells) in rows.Skip(1))
        {
            if (cells.Length != header.Length)
            {
                issues.Add(fileName, line, $"expected {header.Length} fields as in the header, found {cells.Length}");
                continue;
            }

            records.Add(new GtfsRecord(fileName, columns, line, cells));
        }

        return new GtfsTable(fileName, header, records);
    }

    private static bool ReadRows(string fileName, string text, List<(int, string[])> rows, GtfsIssues issues)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var quoted = false;
        var wasQuoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
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
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when cell.ToString().Trim().Length == 0 && !wasQuoted:
                    quoted = wasQuoted = true;
                    cell.Clear();
                    break;
                case '"':
                    issues.Add(fileName, line, "a quote (\") inside an unquoted value; quote the whole value and double inner quotes");
                    return false;
                case ',':
                    cells.Add(Finish(cell, wasQuoted));
                    wasQuoted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRow();
                    line++;
                    rowLine = line;
                    break;
                case var _ when wasQuoted:
                    if (!char.IsWhiteSpace(c))
                    {
                        issues.Add(fileName, line, "text after the closing quote of a value");
                        return false;
                    }

                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }

        if (quoted)
        {
            issues.Add(fileName, rowLine, "a quoted value is never closed");
            return false;
        }

        EndRow();
        return true;

        void EndRow()
        {
            cells.Add(Finish(cell, wasQuoted));
            wasQuoted = false;
            // A blank line is no record (editors leave one at the end).
            if (cells.Count > 1 || cells[0].Length > 0)
            {
                rows.Add((rowLine, [.. cells]));
            }

            cells.Clear();
        }
    }

    private static string Finish(StringBuilder cell, bool quoted)
    {
        var value = quoted ? cell.ToString() : cell.ToString().Trim();
        cell.Clear();
        return value;
    }
}
