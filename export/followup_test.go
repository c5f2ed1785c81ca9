package export

import (
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
)

// importedSession imports rows from three sources, keeps some, drops one,
// leaves one unreviewed, and follows two action items up after the meeting.
func importedSession(t *testing.T) []model.Event {
	s := newSession(time.Date(2026, 11, 20, 14, 0, 0, 0, time.UTC), model.Setup{Title: "Checkout errors", IncidentDate: "2026-11-19"}, agenda.Default())
	s.phase("opening")
	day := time.Date(2026, 11, 19, 9, 0, 0, 0, time.UTC)
	rows := []model.DraftRow{
		{At: day.Add(14 * time.Minute), Text: "Deploy v2.31.4 to prod", Tag: model.MarkStarted, Source: "csv:timeline.csv"},
		{At: day.Add(17 * time.Minute), Text: "PagerDuty: Triggered through the API.", Tag: model.MarkDetected, Source: "pagerduty:pd.json"},
		{At: day.Add(18 * time.Minute), Text: "#inc Ana: paged, looking", Source: "slack:export"},
		{At: day.Add(31 * time.Minute), Text: "Rolled back to v2.31.3", Tag: model.MarkMitigated, Source: "csv:timeline.csv"},
		{At: day.Add(41 * time.Minute), Text: "PagerDuty: Resolved by Ana Lima.", Tag: model.MarkResolved, Source: "pagerduty:pd.json"},
		{At: day.Add(44 * time.Minute), Text: "#inc statuspage: Monitoring", Source: "slack:export"},
	}
	st := fold(t, s.events)
	for _, ev := range model.ImportDrafts(st, rows) {
		s.add(ev)
	}
	s.phase("timeline")
	st = fold(t, s.events)
	// Kept out of order: the timeline sorts them.
	keep, err := model.KeepDrafts(st, 5, 1, 2, 4)
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range keep {
		s.add(ev)
	}
	for _, ev := range model.DropDrafts(st, 3) {
		s.add(ev)
	}
	s.phase("actions")
	s.nextID = fold(t, s.events).NextNoteID()
	a := s.note("actions", "", "Add pool utilisation alert @ana due:2026-12-04 P1 #detect")
	b := s.note("actions", "", "Gate canary on pool headroom @bo due:2026-12-18 ENG-4421 P2 #prevent")
	s.add(model.Event{Kind: model.TicketLinked, Note: a, Field: "github", Value: "https://github.com/acme/checkout/issues/88"})
	s.add(model.Event{Kind: model.ActionStatusSet, Note: b, Value: model.StatusDone, Text: "jira ENG-4421: Done"})
	return s.events
}

func TestExportOnlyKeptRows(t *testing.T) {
	events := importedSession(t)
	st := fold(t, events)
	md := Markdown(st, events, Options{})
	tl := md[strings.Index(md, "## Timeline"):strings.Index(md, "## Contributing Factors")]
	for _, want := range []string{"| 09:14 | Deploy v2.31.4 to prod _(started)_ |", "| 09:17 | PagerDuty: Triggered through the API. _(detected)_ |",
		"| 09:31 | Rolled back to v2.31.3 _(mitigated)_ |", "| 09:41 | PagerDuty: Resolved by Ana Lima. _(resolved)_ |",
		"**Time to detect:** 3 min", "**Time to mitigate:** 17 min", "**Time to resolve:** 27 min"} {
		if !strings.Contains(tl, want) {
			t.Errorf("the timeline lacks %q:\n%s", want, tl)
		}
	}
	if strings.Contains(tl, "paged, looking") || strings.Contains(tl, "Monitoring") {
		t.Errorf("a dropped or unreviewed row reached the timeline:\n%s", tl)
	}
	if i, j := strings.Index(tl, "09:14"), strings.Index(tl, "09:41"); i < 0 || j < i {
		t.Error("kept rows are not in time order")
	}
	for _, want := range []string{"### Imported timeline rows", "| csv:timeline.csv | 2 | 2 | 0 | 0 |", "| slack:export | 2 | 0 | 1 | 1 |",
		"| # | What | Owner | Due | Ticket | Priority | Type | Status |",
		"| https://github.com/acme/checkout/issues/88 | P1 | detect | open |", "| ENG-4421 | P2 | prevent | done |"} {
		if !strings.Contains(md, want) {
			t.Errorf("the export lacks %q", want)
		}
	}
	// The record carries the drafts and follow-ups, so replay and a later
	// export of the document alone see the same timeline.
	back, _, err := ParseMarkdown("pm.md", []byte(md))
	if err != nil || len(back) != len(events) {
		t.Fatalf("record read back: %d events, %v", len(back), err)
	}
	if again := Markdown(fold(t, back), back, Options{}); again != md {
		t.Error("the postmortem rebuilt from its own record differs")
	}
	y, err := ActionsYAML(st, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(y), "ticket: https://github.com/acme/checkout/issues/88") || !strings.Contains(string(y), "status: done") {
		t.Errorf("the tracker YAML lacks the follow-up:\n%s", y)
	}
}
