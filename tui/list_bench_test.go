package tui

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// BenchmarkListKeystroke is one key on the notes list, update and view,
// with 100 and with 10,000 notes in the session: moving (j, k), and a
// sentence begun on the list (e opens an edit, v shows it was a word
// and takes the edit back, ctrl+u and esc return to the list). The
// budget is the note box's: the same cost at both sizes, within twice.
func BenchmarkListKeystroke(b *testing.B) {
	for _, k := range []struct {
		name string
		keys []tea.Msg
	}{
		{"move", []tea.Msg{keyRune('j'), keyRune('k')}},
		{"word", []tea.Msg{keyRune('e'), keyRune('v'), ctrl('u'), esc}},
	} {
		for _, n := range []int{100, 10_000} {
			b.Run(fmt.Sprintf("%s/notes=%d", k.name, n), func(b *testing.B) {
				m := sessionWith(b, n)
				m.Update(ctrl('u'))
				m.Update(esc)
				m.Update(keyRune('k'))
				pressInTurn(b, m, k.keys...)
			})
		}
	}
}
