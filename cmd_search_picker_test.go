package main

import (
	"io"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/archive"
	"github.com/debrief-dev/debrief/picker"
)

// The picker's results say where each one is, as the text output does:
// FILE:LINE for an export, the line of its export for a session file.
func TestPickerItemsSayWhereEachResultIs(t *testing.T) {
	hits := []archive.Hit{
		{Path: "2025/pool-2025.md", Kind: archive.KindExport, Title: "Checkout errors", Service: "payments", Severity: "SEV-2",
			Section: "Contributing Factors", Line: 39, Text: "Connection pool capped at 20"},
		{Path: "2026/search-2026.debrief.yaml", Kind: archive.KindSession, Title: "Slow search", Service: "search", Severity: "SEV-4",
			Section: "Timeline", Line: 27, Text: "14:12 Search latency alert"},
		{Path: "2026/pool-2026.md", Kind: archive.KindExport, Title: "Checkout outage", Section: "Title", Line: 1, Text: "Checkout outage"},
	}
	want := [][2]string{
		{"2025/pool-2025.md:39", "Contributing Factors: Connection pool capped at 20"},
		{"2026/search-2026.debrief.yaml (export line 27)", "Timeline: 14:12 Search latency alert"},
		{"2026/pool-2026.md:1", ""},
	}
	for i, it := range pickerItems(hits) {
		if it.Where != want[i][0] || it.Detail != want[i][1] || it.Path != hits[i].Path || it.Line != hits[i].Line {
			t.Errorf("item %d: where %q detail %q path %q; want %q %q %q", i, it.Where, it.Detail, it.Path, want[i][0], want[i][1], hits[i].Path)
		}
	}
}

// TestQuittingAReplayFromSearchGoesBackToTheResults: r on a result plays
// it back, and q in the replay (its help says "q/esc quit") ends the
// replay only: the picker comes back on the same result, and only q there
// ends `debrief search`.
func TestQuittingAReplayFromSearchGoesBackToTheResults(t *testing.T) {
	hits := []archive.Hit{
		{Path: "a.md", Kind: archive.KindExport, Title: "A", Section: "Title", Line: 1, Text: "A"},
		{Path: "b.md", Kind: archive.KindExport, Title: "B", Section: "Title", Line: 1, Text: "B"},
	}
	var runs []picker.Model
	run := func(m picker.Model) (picker.Model, error) {
		runs = append(runs, m)
		var tm tea.Model = m
		if len(runs) == 1 {
			tm, _ = tm.Update(tea.KeyPressMsg{Code: tea.KeyDown})
			tm, _ = tm.Update(tea.KeyPressMsg{Code: 'r', Text: "r"})
		} else {
			tm, _ = tm.Update(tea.KeyPressMsg{Code: 'q', Text: "q"})
		}
		return tm.(picker.Model), nil
	}
	var replayed []string
	replay := func(path string, w io.Writer) int {
		replayed = append(replayed, path)
		io.WriteString(w, "debrief: b.md: no meeting record\n")
		return exitError
	}
	var stderr strings.Builder
	if code := pickLoop(hits, "pool", true, run, replay, &stderr); code != exitOK {
		t.Fatalf("exit %d", code)
	}
	if len(replayed) != 1 || replayed[0] != "b.md" {
		t.Fatalf("replayed %v, want [b.md]", replayed)
	}
	if len(runs) != 2 {
		t.Fatalf("the picker ran %d times; after the replay it should come back once", len(runs))
	}
	view := ansi.Strip(runs[1].View().Content)
	if !strings.Contains(view, "▶ [-] -: B") || !strings.Contains(view, "b.md: no meeting record") {
		t.Fatalf("back from the replay, the list is not on B with the replay's message:\n%s", view)
	}
	if !strings.Contains(stderr.String(), "no meeting record") {
		t.Fatalf("the replay's message is lost after the picker: %q", stderr.String())
	}
}
