package tui

import (
	"strings"
	"testing"

	"github.com/debrief-dev/debrief/importer"
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
	if newImportNote(nil, nil, importer.Skipped{}) != nil {
		t.Error("a meeting without an import speaks of one")
	}
}

// TestSetupSaysWhatTheImporterLeftOut: the rows the importer read and
// left out (an alert saved twice, Slack messages outside the window, a
// join, a PagerDuty notification) are counted on the setup screen with
// why, at 80x24, so a short import is not taken for a lost one.
func TestSetupSaysWhatTheImporterLeftOut(t *testing.T) {
	dir := "../importer/testdata/"
	rows, left, err := importer.LoadCounted([]importer.Spec{{Path: dir + "alertmanager.json"}, {Path: dir + "pagerduty.json"}, {Path: dir + "slack"}}, importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	base, _, _ := newTestModel(t)
	opt := base.opt
	opt.Imports, opt.ImportsSkipped = rows, left
	m, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	sized(m, 80, 24)
	screen := strings.Join(strings.Fields(plain(m)), " ")
	mustContain(t, screen, "Skipped: 5 rows the import left out (1 repeated alert or page, 2 Slack messages outside the window, "+
		"1 Slack join, pin or empty message, 1 PagerDuty entry not an event).", "ctrl+n start the meeting")
}
