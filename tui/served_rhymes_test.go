package tui

import (
	"strings"
	"testing"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/serve"
	"github.com/debrief-dev/debrief/serve/servetest"
)

// TestServedScreenOffersRhymes: a guest's screen in a served meeting
// opens the archive the host shares and finds rhymes as they type, as
// the meeting screen does at one keyboard.
func TestServedScreenOffersRhymes(t *testing.T) {
	armed := armedTicks(t)
	r := openRoom(t, []servetest.Person{servetest.NewPerson(t, "kim", "scribe")}, "poorly")
	f := &fakeArchive{}
	opened := 0
	base := Options{Archive: func() (Archive, error) { opened++; return f, nil }}
	ident := serve.Identity{Name: "kim", Fingerprint: "fp-kim", Access: model.Scribe}
	link, evs, draft := r.hub.Join(ident)
	t.Cleanup(link.Leave)
	m := Screen(base, model.Policy{})(serve.Client{Identity: ident, Link: link, Events: evs, Draft: draft,
		Terminal: serve.Terminal{Width: 80, Height: 24}}).(*Model)
	run(m, m.Init())
	if opened != 1 {
		t.Fatalf("the served screen asked for the archive %d times, want once", opened)
	}
	typeKeys(m, "the connection pool ran dry")
	if len(*armed) == 0 {
		t.Fatal("typing in a served meeting armed no rhyme lookup")
	}
	run(m, tickLast(m, armed))
	if f.lookups() == 0 {
		t.Fatal("no lookup reached the archive")
	}
	if !offers(m, "ctrl+r") {
		t.Fatalf("ctrl+r is not offered:\n%s", frame(m))
	}
	m.Update(ctrl('r'))
	if got := frame(m); !strings.Contains(got, "Rhyming incidents") || !strings.Contains(got, "connection pool") {
		t.Fatalf("the rhymes pane is not shown:\n%s", got)
	}
}

// TestGuestsSeeRhymesByTitleNotHostPaths: a guest's rhymes pane and the
// preview of a past postmortem name it by its title; the host's folders
// never reach a guest's screen. The host's own screen still shows where
// the file is. The preview's help line says how to close it and how to
// leave or end the meeting.
func TestGuestsSeeRhymesByTitleNotHostPaths(t *testing.T) {
	for _, host := range []bool{false, true} {
		armed := armedTicks(t)
		r := openRoom(t, []servetest.Person{servetest.NewPerson(t, "kim", "scribe")}, "poorly")
		f := &fakeArchive{}
		base := Options{Archive: func() (Archive, error) { return f, nil }}
		ident := serve.Identity{Name: "kim", Fingerprint: "fp-kim", Access: model.Scribe}
		link, evs, draft := r.hub.Join(ident)
		t.Cleanup(link.Leave)
		c := serve.Client{Identity: ident, Link: link, Events: evs, Draft: draft, Terminal: serve.Terminal{Width: 80, Height: 24}}
		m := Screen(base, model.Policy{})(c).(*Model)
		if host {
			m = HostScreen(base, model.Policy{}, c, "ssh -p 2461 localhost").(*Model)
		}
		run(m, m.Init())
		typeKeys(m, "the connection pool ran dry")
		run(m, tickLast(m, armed))
		m.Update(ctrl('r'))
		pane := frame(m)
		m.Update(esc)
		_, cmd := m.Update(enter)
		run(m, cmd)
		if m.preview == nil {
			t.Fatalf("host %v: enter did not open the preview:\n%s", host, frame(m))
		}
		got := frame(m)
		quit := map[bool]string{true: "ctrl+c end meeting", false: "ctrl+c leave"}[host]
		if !strings.Contains(got, quit) || !strings.Contains(got, "esc/q close") {
			t.Errorf("the preview's help line lacks %q or how to close it:\n%s", quit, got)
		}
		if host {
			if !strings.Contains(strings.Join(strings.Fields(got), ""), "/srv/postmortems/2026/03-pool-exhaustion.md") {
				t.Errorf("the host's preview does not say where the file is:\n%s", got)
			}
			continue
		}
		if strings.Contains(pane+got, "/srv") {
			t.Errorf("a guest is shown the host's folder:\n%s\n%s", pane, got)
		}
		if !strings.Contains(got, "Postmortem preview "+poolRhyme.Title) {
			t.Errorf("a guest's preview does not name the postmortem by its title:\n%s", got)
		}
	}
}
