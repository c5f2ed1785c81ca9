package tickets

import (
	"bytes"
	"encoding/csv"
	"strings"
	"time"
)

// JiraHeader is the header row of the CSV written for Jira's CSV importer:
// a Summary column (the one the importer requires) and columns named as
// Jira's own fields, so the wizard maps them without help. Labels repeats,
// one label a column, as Jira's importer takes several.
var JiraHeader = []string{"Summary", "Issue Type", "Description", "Assignee", "Priority", "Due Date", "Labels", "Labels", "Labels"}

// jiraPriority maps P0-P3 to Jira's default priority scheme.
var jiraPriority = map[string]string{"P0": "Highest", "P1": "High", "P2": "Medium", "P3": "Low"}

// JiraCSV writes items for Jira's CSV importer. Dates are YYYY-MM-DD: give
// the wizard the date format yyyy-MM-dd. The labels are "postmortem", the
// item's id (which `debrief actions sync` matches the tickets back by) and
// its type.
func JiraCSV(items []Item, c Context) []byte {
	rows := [][]string{JiraHeader}
	for _, it := range items {
		rows = append(rows, []string{
			summary(it.What), "Task", description(it, c), handle(clean(it.Owner)), jiraPriority[it.Priority], due(it.Due),
			"postmortem", it.ID, it.Type,
		})
	}
	return writeCSV(rows)
}

// LinearHeader is the header row of the CSV written for Linear's CSV import.
var LinearHeader = []string{"Title", "Description", "Status", "Priority", "Assignee", "Due Date", "Labels"}

// linearPriority maps P0-P3 to Linear's priorities.
var linearPriority = map[string]string{"P0": "Urgent", "P1": "High", "P2": "Medium", "P3": "Low"}

// LinearCSV writes items for Linear's CSV import: labels in one cell,
// separated by commas.
func LinearCSV(items []Item, c Context) []byte {
	rows := [][]string{LinearHeader}
	for _, it := range items {
		labels := []string{"postmortem", it.ID}
		if it.Type != "" {
			labels = append(labels, it.Type)
		}
		rows = append(rows, []string{
			summary(it.What), description(it, c), "Todo", linearPriority[it.Priority], handle(clean(it.Owner)), due(it.Due),
			strings.Join(labels, ","),
		})
	}
	return writeCSV(rows)
}

// summary is a ticket title: one line, at most the 255 characters Jira
// allows.
func summary(what string) string {
	s := strings.TrimSpace(clean(what))
	if r := []rune(s); len(r) > 255 {
		s = string(r[:254]) + "…"
	}
	return s
}

func due(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

func writeCSV(rows [][]string) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.WriteAll(rows) // a bytes.Buffer does not fail
	return b.Bytes()
}
