package tui

import (
	"fmt"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/serve"
	"github.com/debrief-dev/debrief/serve/servetest"
)

// BenchmarkKeystrokeToEveryScreen measures, with 50 people connected to
// a served meeting showing the real meeting screen (a scribe and 49
// viewers), the time from the scribe's enter key to the note showing on
// every one of the 50 screens, each drawn by a terminal emulator from the
// SSH stream: input, the hub's check, the synced write, the broadcast,
// 50 folds and renders, and the transport, at 80x24.
func BenchmarkKeystrokeToEveryScreen(b *testing.B) {
	const viewers = 49
	kim := servetest.NewPerson(b, "kim", "scribe")
	guests := []servetest.Person{kim}
	for i := range viewers {
		guests = append(guests, servetest.NewPerson(b, fmt.Sprintf("v%02d", i), "viewer"))
	}
	r := openRoom(b, guests, "well")
	var screens []*servetest.Term
	for _, g := range guests {
		screens = append(screens, r.Join(g, 80, 24))
	}
	for _, s := range screens {
		s.WaitFor("50 here")
	}
	sc := screens[0]
	arrivals := servetest.WatchArrivals(screens, servetest.WholeScreen)
	arrivals.TimeEnter(b, sc, func(i int) string {
		text := fmt.Sprintf("note k%05d", i)
		sc.Send(text)
		for _, s := range screens {
			s.WaitFor("kim scribe ✎ typing")
		}
		return text
	})
}

// BenchmarkViewerFollowsANote is fifty viewers' share of a note reaching
// their screens, without the transport and Bubble Tea's renderer: folding
// the note, the presence line saying its writer stopped typing, and the
// frame. ns/screen is one screen's part, the framing shared among them.
func BenchmarkViewerFollowsANote(b *testing.B) {
	const viewers = 50
	kim := servetest.NewPerson(b, "kim", "scribe")
	r := openRoom(b, []servetest.Person{kim}, "well")
	var people []serve.Presence
	var screens []*Model
	var seq int
	for i := range viewers {
		people = append(people, serve.Presence{ID: i, Name: fmt.Sprintf("v%02d", i), Access: model.Viewer})
		ident := serve.Identity{Name: people[i].Name, Fingerprint: "fp-" + people[i].Name, Access: model.Viewer}
		link, evs, _ := r.hub.Join(ident)
		b.Cleanup(link.Leave)
		screens = append(screens, Screen(Options{}, model.Policy{})(serve.Client{Identity: ident, Link: link, Events: evs,
			Terminal: serve.Terminal{Width: 80, Height: 24}}).(*Model))
		seq = len(evs)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		seq++
		ev := model.Event{Seq: seq, At: time.Now().UTC(), Kind: model.NoteAdded, Note: seq, Phase: "well",
			Text: fmt.Sprintf("note k%05d", i), Author: "kim"}
		people[0].Drafting = i%2 == 0
		pres := serve.PresenceMsg{People: slices.Clone(people)}
		for _, m := range screens {
			m.Update(serve.EventsMsg{Events: []model.Event{ev}})
			m.Update(pres)
			_ = m.View()
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*viewers), "ns/screen")
}

// BenchmarkIdleScreenMemory reports the heap one more idle viewer's
// meeting screen holds, over fifty of them, each drawn once; the SSH side
// is serve's BenchmarkIdleClientMemory.
func BenchmarkIdleScreenMemory(b *testing.B) {
	const viewers = 50
	r := openRoom(b, []servetest.Person{servetest.NewPerson(b, "kim", "scribe")}, "well")
	for range b.N {
		before := heapInUse()
		var screens []*Model
		for i := range viewers {
			ident := serve.Identity{Name: fmt.Sprintf("v%02d", i), Fingerprint: fmt.Sprintf("fp%02d", i), Access: model.Viewer}
			link, evs, _ := r.hub.Join(ident)
			m := Screen(Options{}, model.Policy{})(serve.Client{Identity: ident, Link: link, Events: evs,
				Terminal: serve.Terminal{Width: 80, Height: 24}}).(*Model)
			_ = m.View()
			screens = append(screens, m)
		}
		after := heapInUse()
		b.ReportMetric(float64(after-before)/viewers, "B/screen")
		for _, m := range screens {
			m.opt.Served.Link.Leave()
		}
	}
}

func heapInUse() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse
}
