package archive

import (
	"strconv"
	"strings"
	"time"

	"github.com/debrief-dev/debrief/export"
)

// tableItem is one row of an export's Action Items table.
type tableItem struct {
	Action
	// known is true when the row says whether the item is done: a status
	// cell that is not empty, or a struck-through item.
	known bool
}

// actionTable reads the Action Items table of an export by its column
// names, with what the team recorded since: a Status (or Done, State)
// column, debrief's or their own, or an item struck through. Rows are
// numbered by the # column; each keeps its line in the file.
func actionTable(lines []string) []tableItem {
	var out []tableItem
	in := false
	var header []string
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "## "):
			if in {
				return out
			}
			in = t == "## Action Items"
			continue
		case !in || !strings.HasPrefix(t, "|") || strings.HasPrefix(t, "|---") || strings.HasPrefix(t, "| ---"):
			continue
		}
		c := cells(t)
		if header == nil {
			header = c
			continue
		}
		row := map[string]string{}
		for j, h := range header {
			if j < len(c) {
				row[strings.ToLower(h)] = unescape(c[j])
			}
		}
		n, err := strconv.Atoi(row["#"])
		if err != nil {
			continue
		}
		what := row["what"]
		struck := strings.HasPrefix(what, "~~") && strings.HasSuffix(what, "~~") && len(what) > 4
		status := strings.TrimSpace(row["status"] + row["done"] + row["state"])
		it := tableItem{Action: Action{N: n, What: strings.Trim(what, "~"), Owner: row["owner"], Ticket: row["ticket"],
			Priority: row["priority"], Type: row["type"], Line: i + 1}, known: struck || status != ""}
		it.Done = struck || isDone(status)
		it.Due, _ = time.Parse(time.DateOnly, row["due"])
		out = append(out, it)
	}
	return out
}

// isDone reads a status cell as people write one.
func isDone(status string) bool {
	switch strings.Trim(strings.ToLower(strings.TrimSpace(status)), "[]*_ ") {
	case "done", "closed", "fixed", "complete", "completed", "resolved", "yes", "x", "✓", "✔", "✅":
		return true
	}
	return false
}

// markdownActions are the items of an export without its meeting record:
// the table is all there is. Their ids come from the header's incident
// date, as the export made them.
func markdownActions(lines []string, day time.Time) []Action {
	var out []Action
	for _, it := range actionTable(lines) {
		if !day.IsZero() {
			it.ID = export.ActionID(day, it.N)
		}
		out = append(out, it.Action)
	}
	return out
}

// fromTable lays the table's rows over the items the meeting record
// gives: where each item is in the file, and its status where the row
// says one (the team may have closed an item by editing the table since
// the export was written). The record's own status stands otherwise.
func fromTable(actions []Action, lines []string) {
	at := map[int]int{}
	for i, a := range actions {
		at[a.N] = i
	}
	for _, it := range actionTable(lines) {
		i, ok := at[it.N]
		if !ok {
			continue
		}
		actions[i].Line = it.Line
		if it.known {
			actions[i].Done = it.Done
		}
	}
}
