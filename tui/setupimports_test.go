package tui

import (
	"strings"
	"testing"
)

// TestSetupSaysHowManyRowsBecomeDrafts: with --import, the setup screen
// says how many rows the meeting's start records as drafts and from
// where, and what was skipped (a row repeated in its file, a file that
// gave none), at 80x24, before the meeting starts; the count is the
// number of drafts that start records.
func TestSetupSaysHowManyRowsBecomeDrafts(t *testing.T) {
	rows := sampleRows()
	rows = append(rows, rows[1]) // the same page saved twice in one log
	base, _, _ := newTestModel(t)
	opt := base.opt
	opt.Imports, opt.ImportsEmpty = rows, []string{"no rows from empty.csv: it holds none"}
	m, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	m.c.setStyles(true)
	sized(m, 80, 24)
	screen := strings.Join(strings.Fields(plain(m)), " ")
	mustContain(t, screen,
		"Imported: 6 rows become drafts when the meeting starts",
		"2 from alertmanager:alerts.json, 3 from pagerduty:log.json, 1 from slack:inc-checkout",
		"Skipped: 1 repeated row.",
		"Skipped: no rows from empty.csv: it holds none.",
		"ctrl+n start the meeting")
	send(m, ctrl('n'))
	if got := m.state.DraftCount(); got != 6 {
		t.Errorf("the screen said 6 drafts; the meeting recorded %d", got)
	}
	if newImportNote(nil, nil) != nil {
		t.Error("a meeting without an import speaks of one")
	}
}
