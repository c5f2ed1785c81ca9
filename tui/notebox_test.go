package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// The box's text stays in step with its runes through every editing key.
func TestNoteBoxValueFollowsEveryEdit(t *testing.T) {
	var b noteBox
	keys := []tea.KeyPressMsg{
		keyRune('a'), keyRune('b'), {Code: tea.KeySpace, Text: " "}, keyRune('c'),
		{Code: tea.KeyLeft}, {Code: tea.KeyBackspace}, {Code: tea.KeyDelete}, keyRune('é'),
		{Code: 'w', Mod: tea.ModCtrl}, keyRune('x'), {Code: tea.KeyHome}, {Code: 'k', Mod: tea.ModCtrl},
		keyRune('y'), {Code: tea.KeyEnd}, {Code: 'u', Mod: tea.ModCtrl}, keyRune('z'),
	}
	for i, k := range keys {
		b.HandleKey(k)
		if b.Value() != string(b.runes) {
			t.Fatalf("after key %d (%v): Value %q, runes %q", i, k, b.Value(), string(b.runes))
		}
	}
	b.Insert("pasted\x1b[31m text")
	if b.Value() != string(b.runes) || b.Value() != "zpasted text" {
		t.Fatalf("after a paste: %q", b.Value())
	}
}

// The cursor is drawn where its rune offset says, on the line that holds
// it, even in the middle of a long wrapped note.
func TestNoteBoxCursorFromItsOffset(t *testing.T) {
	st := NewStyles(true)
	var b noteBox
	b.SetValue("one two three four five six seven eight nine ten eleven twelve")
	b.cursor = 8 // on the "t" of "three", where the first line wraps
	if got := ansi.Strip(b.View(st, 12, 1, true, nil)); got != "three four " {
		t.Fatalf("one line around the cursor: %q", got)
	}
	b.cursor = 0
	if got := ansi.Strip(b.View(st, 12, 1, true, nil)); got != "one two " {
		t.Fatalf("one line around the cursor at the start: %q", got)
	}
	b.cursor = len(b.runes)
	if got := ansi.Strip(b.View(st, 12, 1, true, nil)); got != "twelve " {
		t.Fatalf("one line around the cursor at the end: %q", got)
	}
}
