package picker

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

func items(n int) []Item {
	var out []Item
	for i := range n {
		out = append(out, Item{Heading: "[SEV-2] payments: incident " + string(rune('A'+i)), Detail: "Title: x", Path: "p" + string(rune('A'+i)) + ".md"})
	}
	return out
}

func press(m tea.Model, keys ...string) tea.Model {
	for _, k := range keys {
		var msg tea.KeyPressMsg
		switch k {
		case "down":
			msg = tea.KeyPressMsg{Code: tea.KeyDown}
		case "up":
			msg = tea.KeyPressMsg{Code: tea.KeyUp}
		case "enter":
			msg = tea.KeyPressMsg{Code: tea.KeyEnter}
		case "esc":
			msg = tea.KeyPressMsg{Code: tea.KeyEscape}
		default:
			msg = tea.KeyPressMsg{Code: rune(k[0]), Text: k}
		}
		m, _ = m.Update(msg)
	}
	return m
}

func TestPickerMovesAndChoosesReplay(t *testing.T) {
	var m tea.Model = New(items(12), Options{Title: "12 results"})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 10})
	m = press(m, "down", "down", "j", "up")
	view := ansi.Strip(m.View().Content)
	if !strings.Contains(view, "▶ [SEV-2] payments: incident C") {
		t.Fatalf("cursor not on the third item:\n%s", view)
	}
	// Moving past the last visible item scrolls the list.
	m = press(m, "down", "down", "down", "down", "down", "down")
	view = ansi.Strip(m.View().Content)
	if !strings.Contains(view, "▶ [SEV-2] payments: incident I") || strings.Contains(view, "incident A") {
		t.Fatalf("did not scroll:\n%s", view)
	}
	if lines := strings.Count(view, "\n") + 1; lines > 10 {
		t.Fatalf("%d lines in a 10-line terminal", lines)
	}
	m = press(m, "r")
	if a, i := m.(Model).Chosen(); a != Replay || i != 8 {
		t.Fatalf("chose %v %d", a, i)
	}
}

func TestPickerPreviewLoadsInACommandAndShowsTextInert(t *testing.T) {
	load := func(path string) (string, error) { return "# " + path + "\n\nbad \x1b[31mred\x1b[0m text\n", nil }
	var m tea.Model = New(items(2), Options{Title: "2 results", Load: load, Plain: true})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 60, Height: 12})
	m, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	if cmd == nil || !strings.Contains(ansi.Strip(m.View().Content), "rendering…") {
		t.Fatal("enter should start rendering in a command")
	}
	m, _ = m.Update(cmd())
	view := m.View().Content
	if strings.Contains(view, "\x1b[31m") || !strings.Contains(ansi.Strip(view), `\x1b[31mred`) {
		t.Fatalf("preview:\n%q", view)
	}
	m = press(m, "esc")
	if !strings.Contains(ansi.Strip(m.View().Content), "▶ [SEV-2] payments: incident A") {
		t.Fatal("esc should go back to the list")
	}
	m = press(m, "q")
	if a, _ := m.(Model).Chosen(); a != Quit {
		t.Fatal("q should quit")
	}
}

// Tiny terminals and resizes never panic or overflow.
func TestPickerSurvivesTinyTerminals(t *testing.T) {
	var m tea.Model = New(items(5), Options{Title: "5 results", Load: func(string) (string, error) { return "# x\n", nil }})
	for _, size := range [][2]int{{20, 6}, {1, 1}, {0, 0}, {200, 3}, {80, 24}} {
		m, _ = m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		m = press(m, "down", "down", "down", "down", "down", "down")
		view := ansi.Strip(m.View().Content)
		lines := strings.Split(view, "\n")
		if len(lines) > max(size[1], 1) {
			t.Errorf("%v: %d lines", size, len(lines))
		}
		for _, l := range lines {
			if ansi.StringWidth(l) > max(size[0], 1) {
				t.Errorf("%v: line %q too wide", size, l)
			}
		}
	}
	m, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	m, _ = m.Update(cmd())
	m, _ = m.Update(tea.WindowSizeMsg{Width: 20, Height: 6})
	if lines := strings.Count(ansi.Strip(m.View().Content), "\n") + 1; lines > 6 {
		t.Errorf("preview at 20x6: %d lines", lines)
	}
}

// Each result shows where it is, FILE:LINE, at the head of its second
// line: whole at 80 columns, the matching line cut instead; a path wider
// than the screen keeps its end, where the line number is.
func TestPickerShowsWhereEachResultIs(t *testing.T) {
	long := strings.Repeat("postmortems/", 8) + "2025/pool-2025.md:39"
	its := []Item{
		{Heading: "[SEV-2] payments: Checkout errors from connection pool exhaustion · 2025-03-10",
			Detail: "Contributing Factors: Connection pool capped at 20 connections while retries held them open",
			Where:  "2025/pool-2025.md:39", Path: "2025/pool-2025.md"},
		{Heading: "[SEV-4] search: Slow search results", Where: "2026/search.debrief.yaml (export line 27)",
			Detail: "Timeline: 14:12 Search latency alert", Path: "2026/search.debrief.yaml"},
		{Heading: "[SEV-1] checkout: Checkout outage", Where: "2026/pool-2026.md:1", Path: "2026/pool-2026.md"},
		{Heading: "[SEV-3] auth: deep", Detail: "Impact: logins failed", Where: long, Path: "deep.md"},
	}
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		var m tea.Model = New(its, Options{Title: "4 results"})
		m, _ = m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		lines := strings.Split(ansi.Strip(m.View().Content), "\n")
		for _, want := range []string{
			"    2025/pool-2025.md:39  Contributing Factors: Connection pool capped at 20",
			"    2026/search.debrief.yaml (export line 27)  Timeline: 14:12 Search",
			"    2026/pool-2026.md:1",
		} {
			if !slices.ContainsFunc(lines, func(l string) bool { return strings.HasPrefix(l, want) }) {
				t.Errorf("%v: no line starts %q:\n%s", size, want, strings.Join(lines, "\n"))
			}
		}
		if size[0] == 80 && !slices.ContainsFunc(lines, func(l string) bool {
			return strings.HasPrefix(l, "    …") && strings.HasSuffix(l, "/2025/pool-2025.md:39")
		}) {
			t.Errorf("the long path lost its end:\n%s", strings.Join(lines, "\n"))
		}
		for _, l := range lines {
			if w := ansi.StringWidth(l); w > size[0] {
				t.Errorf("%v: %d columns: %q", size, w, l)
			}
		}
	}
}

// TestPreviewOpensAtTheMatch: enter on a result whose match is far down
// the postmortem shows that line, not the title at the top.
func TestPreviewOpensAtTheMatch(t *testing.T) {
	var doc strings.Builder
	for i := 1; i <= 100; i++ {
		doc.WriteString("row " + strings.Repeat("x", i%3) + " number " + strconv.Itoa(i) + "\n")
	}
	load := func(string) (string, error) { return doc.String(), nil }
	its := []Item{{Heading: "[SEV-2] payments: pool", Path: "pool.md", Line: 60}}
	var m tea.Model = New(its, Options{Title: "1 result", Load: load})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 12})
	m, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	m, _ = m.Update(cmd())
	view := ansi.Strip(m.View().Content)
	lines := strings.Split(view, "\n")
	// Two rows of context above the match, then the match.
	if len(lines) < 4 || !strings.HasSuffix(strings.TrimSpace(lines[1]), "number 58") || !strings.HasSuffix(strings.TrimSpace(lines[3]), "number 60") {
		t.Fatalf("the preview does not open at line 60:\n%s", view)
	}
}
