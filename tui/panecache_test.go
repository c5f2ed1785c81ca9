package tui

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
)

// paneContents are phase and agenda panes as they come: styled lines,
// wide characters, lines that wrap, styles left open, tabs, blank lines,
// more lines than the pane holds.
func paneContents() []string {
	contents, _ := paneContentsAndOdd()
	return contents
}

// paneContentsAndOdd is paneContents and the lines that make a pane be
// framed whole.
func paneContentsAndOdd() ([]string, []string) {
	st := NewStyles(true)
	parts := []string{
		"", " ", "Timeline", "  ◇ draft 09:14 Checkout error rate above 5% on the canary ‹alertmanager:alerts.json›",
		st.PaneTitle.Render("Timeline"),
		st.Muted.Render("◇ 970 pending · ✓ 0 kept · ✗ 30 dropped · f: all sources"),
		struck(st.Muted)("  ✗ drop  09:00 Checkout error rate …") + st.Muted.Render(" ‹pagerduty:log.json›"),
		st.Muted.Strikethrough(true).Render("dismissed flag"),
		st.Notes.Selected.Render("▶ ◇ draft 09:01 a row under the cursor"),
		"障害の検知が遅れた 🚨 alert fired twice",
		strings.Repeat("word ", 40),
		strings.Repeat("x", 150),
		"trailing spaces   ",
		"\x1b[31mred\x1b[m and plain",
	}
	// Lipgloss changes these before it splits the lines, or carries them
	// onto the next line: such a pane is framed whole.
	odd := []string{"\x1b[1mbold never closed", "\x1b]8;;https://example.com\x1b\\a link left open", "a\ttab", "carriage\r"}
	r := rand.New(rand.NewPCG(16, 8))
	out := append(append([]string{}, parts...), odd...)
	for k := range 60 {
		lines := make([]string, r.IntN(40))
		for i := range lines {
			lines[i] = parts[r.IntN(len(parts))]
		}
		if k%6 == 0 && len(lines) > 1 {
			lines[r.IntN(len(lines)-1)] = odd[k/6%len(odd)]
		}
		out = append(out, strings.Join(lines, "\n"))
	}
	return out, odd
}

// TestFramePaneIsLipglossExactly: a pane framed line by line, from the
// kept lines, is byte for byte what lipgloss gives framing it whole, for
// every kind of content, size and border, the second time as the first.
func TestFramePaneIsLipglossExactly(t *testing.T) {
	contents, odd := paneContentsAndOdd()
	byLine, want := 0, 0
	for _, dark := range []bool{true, false} {
		st := NewStyles(dark)
		for _, focused := range []bool{false, true} {
			for _, size := range [][2]int{{60, 20}, {88, 33}, {30, 8}, {5, 3}, {4, 2}, {3, 1}, {40, 0}} {
				for i, c := range contents {
					if size[0] >= 30 && !containsAny(c, odd) {
						want++
					}
					style := st.Pane
					if focused {
						style = st.PaneFocused
					}
					want := style.Width(size[0]).Height(size[1]).Render(c)
					if _, ok := frameByLine(st, focused, size[0], size[1], c); ok {
						byLine++
					}
					for range 2 {
						p := framePane(st, focused, size[0], size[1], c)
						if got := strings.Join(p.lines, "\n"); got != want {
							t.Fatalf("content %d at %dx%d (dark %v, focused %v):\n%q\nwant\n%q", i, size[0], size[1], dark, focused, got, want)
						}
						for j, l := range p.lines {
							if p.widths[j] != lipgloss.Width(l) || p.widths[j] > p.width {
								t.Fatalf("content %d line %d: width %d of %d, measured %d", i, j, p.widths[j], p.width, lipgloss.Width(l))
							}
						}
					}
				}
			}
		}
	}
	// Every pane wide enough for its frame is framed line by line, unless
	// a line of it cannot be.
	if byLine != want {
		t.Errorf("%d panes framed line by line, want %d", byLine, want)
	}
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// TestFramedBodyIsJoinedPanes: the body is the two framed panes joined
// and cut to the screen as lipgloss and fill did it, at every layout.
func TestFramedBodyIsJoinedPanes(t *testing.T) {
	contents := paneContents()
	for _, wh := range [][2]int{{80, 24}, {120, 40}, {100, 30}, {72, 12}} {
		st := NewStyles(true)
		l := computeLayout(st, wh[0], wh[1], false)
		for i := 0; i+1 < len(contents); i += 7 {
			side, main := contents[i], contents[i+1]
			want := fill(lipgloss.JoinHorizontal(lipgloss.Top,
				st.Pane.Width(l.sideW).Height(l.bodyH).Render(side),
				st.PaneFocused.Width(l.mainW).Height(l.bodyH).Render(main)), l.w, l.bodyH)
			if got := framedBody(st, true, l, side, main); got != want {
				t.Fatalf("%s: contents %d and %d:\n%s\nwant\n%s", fmt.Sprint(wh), i, i+1, got, want)
			}
		}
	}
}
