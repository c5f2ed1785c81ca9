package tui

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/archive"
)

// BenchmarkKeystrokeRhymes is one key typed in the note box (update and
// view) in what went poorly, with the rhymes pane closed, and open over
// archives of 100 and 10,000 postmortems: a key arms the debounce and
// compares the text, and the lookup runs in a command after typing
// pauses, so the cost stays flat in the archive's size.
func BenchmarkKeystrokeRhymes(b *testing.B) {
	for _, c := range []struct {
		name string
		open bool
		size int
	}{{"pane=closed", false, 100}, {"pane=open/archive=100", true, 100}, {"pane=open/archive=10000", true, 10_000}} {
		b.Run(c.name, func(b *testing.B) {
			m := sessionWith(b, 100)
			f := &fakeArchive{count: c.size, rhymes: func(archive.RhymeQuery) []archive.Rhyme {
				out := make([]archive.Rhyme, 5)
				for i := range out {
					out[i] = poolRhyme
					out[i].Title = fmt.Sprintf("Pool exhaustion %d of %d", i, c.size)
				}
				return out
			}}
			m.rhymes.link.opener = func() (Archive, error) { return f, nil }
			m.Update(archiveOpenedMsg{ar: f})
			_, cmd := m.Update(rhymeTickMsg{gen: m.rhymes.link.gen})
			if cmd == nil {
				b.Fatal("no lookup started")
			}
			m.Update(cmd())
			if c.open {
				m.Update(ctrl('r'))
				if !m.rhymes.visible() || len(m.rhymes.link.rhymes) != 5 {
					b.Fatal("the pane is not showing the rhymes")
				}
			}
			keys := []tea.Msg{keyRune('x'), tea.KeyPressMsg{Code: tea.KeyBackspace}}
			b.ReportAllocs()
			b.ResetTimer()
			for i := range b.N {
				m.Update(keys[i%2])
				_ = m.View()
			}
		})
	}
}
