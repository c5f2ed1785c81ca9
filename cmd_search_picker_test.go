package main

import (
	"testing"

	"github.com/debrief-dev/debrief/archive"
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
