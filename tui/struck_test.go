package tui

import (
	"strings"
	"testing"
)

// TestStruckIsLipglossInOneRun: a dropped row is drawn as lipgloss draws
// muted struck-through text, every character (spaces too) in the same
// colour and struck through, but in one escape sequence instead of one
// per character.
func TestStruckIsLipglossInOneRun(t *testing.T) {
	for _, dark := range []bool{true, false} {
		st := NewStyles(dark)
		text := "  ✗ drop  09:14 Checkout 5xx 障害 🚨 …"
		got := struck(st.Muted)(text)
		open, ok := strings.CutSuffix(got, text+"\x1b[m")
		if !ok || !strings.HasPrefix(open, "\x1b[") || strings.Count(got, "\x1b[") != 2 {
			t.Fatalf("not one run: %q", got)
		}
		var want strings.Builder
		for _, r := range text {
			want.WriteString(open + string(r) + "\x1b[m")
		}
		if lip := st.Muted.Strikethrough(true).Render(text); lip != want.String() {
			t.Errorf("lipgloss draws each character otherwise:\n%q\nwant\n%q", lip, want.String())
		}
	}
}
