package tui

import (
	"testing"

	"charm.land/lipgloss/v2"
)

// TestFramedBodyIsSharedAndExact: the framed body one screen drew is the
// one the next screen with the same panes gets, it is what framing the
// panes directly gives, and the focused border is not mistaken for the
// other.
func TestFramedBodyIsSharedAndExact(t *testing.T) {
	st := NewStyles(true)
	l := computeLayout(st, 80, 23, true)
	side, main := "Agenda\n12:00 left", "Notes\n10:02  the canary step was skipped"
	first := framedBody(st, false, l, side, main)
	k := bodyKey{dark: true, w: l.w, h: l.bodyH, sideW: l.sideW, mainW: l.mainW, side: side, main: main}
	_, kept := bodies.get(k)
	if !kept {
		t.Fatal("the framed body is not kept for the other screens")
	}
	want := fill(lipgloss.JoinHorizontal(lipgloss.Top,
		st.Pane.Width(l.sideW).Height(l.bodyH).Render(side),
		st.Pane.Width(l.mainW).Height(l.bodyH).Render(main)), l.w, l.bodyH)
	if first != want || framedBody(st, false, l, side, main) != want {
		t.Errorf("the kept body differs from framing the panes:\n%s\nwant\n%s", first, want)
	}
	if framedBody(st, true, l, side, main) == want {
		t.Error("the focused pane got the unfocused border")
	}
}
