package tui

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/serve"

	"github.com/debrief-dev/debrief/serve/servetest"
)

// joinedModel is one person's meeting screen joined to r's hub, driven
// by hand rather than over SSH.
func joinedModel(t *testing.T, r *room, name string, a model.Access) *Model {
	t.Helper()
	ident := serve.Identity{Name: name, Fingerprint: "fp-" + name, Access: a}
	link, evs, draft := r.hub.Join(ident)
	t.Cleanup(link.Leave)
	m, ok := Screen(Options{}, model.Policy{})(serve.Client{Identity: ident, Link: link, Events: evs, Draft: draft,
		Terminal: serve.Terminal{Width: 80, Height: 24}}).(*Model)
	if !ok {
		t.Fatal("the served screen is not the meeting")
	}
	return m
}

func frame(m *Model) string { return ansi.Strip(m.View().Content) }

// TestServedRefusalAndPromotion: a refusal from the hub is shown to the
// person it concerns, and a viewer promoted to scribe gets the note box
// and the keys to use it.
func TestServedRefusalAndPromotion(t *testing.T) {
	r := openRoom(t, []servetest.Person{servetest.NewPerson(t, "kim", "scribe")}, "well")
	m := joinedModel(t, r, "val", model.Viewer)
	if f := frame(m); strings.Contains(f, "note ›") || !strings.Contains(f, "VIEWER") {
		t.Fatalf("a viewer's screen:\n%s", f)
	}
	m.Update(serve.NoticeMsg{Text: "a viewer cannot record note_added: viewers follow the meeting read-only"})
	if f := frame(m); !strings.Contains(f, "viewers follow the meeting read-only") {
		t.Errorf("the refusal is not shown to the viewer:\n%s", f)
	}
	m.Update(serve.AccessMsg{Access: model.Scribe})
	f := frame(m)
	if !strings.Contains(f, "note ›") || !strings.Contains(f, "val · scribe") || !strings.Contains(f, "you are now a scribe") {
		t.Errorf("after the promotion the screen should have the note box:\n%s", f)
	}
	m.Update(tea.KeyPressMsg{Code: 'x', Text: "x"})
	if !strings.Contains(frame(m), "note › x") {
		t.Errorf("the promoted scribe cannot type:\n%s", frame(m))
	}
	m.Update(serve.NoticeMsg{Text: "participants change only their own notes"})
	if f := frame(m); !strings.Contains(f, "participants change only their own notes") {
		t.Errorf("the refusal is not on the status line:\n%s", f)
	}
}

// TestFacilitatorChangesARole: ctrl+g on the facilitator's screen picks
// a person and 3 makes them a scribe at the hub; others have no ctrl+g.
func TestFacilitatorChangesARole(t *testing.T) {
	r := openRoom(t, []servetest.Person{servetest.NewPerson(t, "kim", "scribe")}, "well")
	fa := joinedModel(t, r, "ana", model.Facilitator)
	valIdent := serve.Identity{Name: "val", Fingerprint: "fp-val", Access: model.Viewer}
	val, _, _ := r.hub.Join(valIdent)
	defer val.Leave()
	sc := joinedModel(t, r, "kim", model.Scribe)
	if offers(sc, "ctrl+g") {
		t.Errorf("a scribe is offered ctrl+g")
	}
	fa.Update(serve.PresenceMsg{People: []serve.Presence{
		{ID: fa.served.Link.ID(), Name: "ana", Access: model.Facilitator},
		{ID: val.ID(), Name: "val", Access: model.Viewer},
	}})
	if !offers(fa, "ctrl+g") {
		t.Errorf("the facilitator's help does not offer ctrl+g")
	}
	fa.Update(tea.KeyPressMsg{Code: 'g', Mod: tea.ModCtrl})
	if f := frame(fa); !strings.Contains(f, "roles: ") || !strings.Contains(f, "val viewer") {
		t.Fatalf("the picker is not on the presence line:\n%s", f)
	}
	_, cmd := fa.Update(tea.KeyPressMsg{Code: '3', Text: "3"})
	if cmd == nil {
		t.Fatal("3 asked nothing of the hub")
	}
	for _, c := range flatten(cmd) {
		c()
	}
	if got := val.Identity().Access; got != model.Scribe {
		t.Errorf("val is a %s, want a scribe", got)
	}
	if !strings.Contains(frame(fa), "val is now a scribe") {
		t.Errorf("the facilitator is not told:\n%s", frame(fa))
	}
	fa.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
	if strings.Contains(frame(fa), "roles: ") {
		t.Errorf("esc does not close the picker:\n%s", frame(fa))
	}
}

// flatten runs through a batch of commands to the ones that do the work.
func flatten(cmd tea.Cmd) []tea.Cmd {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Cmd
		for _, c := range b {
			out = append(out, flatten(c)...)
		}
		return out
	}
	return []tea.Cmd{func() tea.Msg { return msg }}
}

// offers reports whether the screen's help line offers the key k.
func offers(m *Model, k string) bool {
	for _, b := range m.meeting.Help().ShortHelp() {
		if b.Enabled() && b.Help().Key == k {
			return true
		}
	}
	return false
}

// TestPresenceLineCutAtTheEdge: with fifty people the presence line
// fits the screen, cut between people, never inside a name, and says how
// many more are here.
func TestPresenceLineCutAtTheEdge(t *testing.T) {
	sv := &served{Served: Served{Name: "val", Access: model.Viewer}, notice: "viewers follow"}
	var parts []string
	for i := range 50 {
		p := serve.Presence{ID: i, Name: fmt.Sprintf("person%02d", i), Access: model.Viewer, Drafting: i%7 == 3}
		sv.people = append(sv.people, p)
		s := p.Name + " " + p.Access.String()
		if p.Drafting {
			s += " ✎ typing"
		}
		parts = append(parts, s)
	}
	head := "viewers follow · 50 here: "
	st := NewStyles(true)
	if got := ansi.Strip(sv.presenceLine(st, 2000)); got != head+strings.Join(parts, " · ") {
		t.Errorf("a wide screen does not show everyone:\n%q", got)
	}
	more := regexp.MustCompile(` · \+(\d+) more$`)
	for _, w := range []int{1, 10, 26, 60, 80, 81, 120, 200} {
		got := ansi.Strip(sv.presenceLine(st, w))
		if ansi.StringWidth(got) > w {
			t.Errorf("at width %d the line is wider: %q", w, got)
		}
		if !strings.HasPrefix(got, head) {
			if w >= 80 {
				t.Errorf("at width %d the line lost its start: %q", w, got)
			}
			continue
		}
		m := more.FindStringSubmatch(got)
		if m == nil {
			t.Errorf("at width %d the line does not say how many more: %q", w, got)
			continue
		}
		shown := strings.Split(strings.TrimPrefix(got[:len(got)-len(m[0])], head), " · ")
		n, _ := strconv.Atoi(m[1])
		if len(shown)+n != 50 {
			t.Errorf("at width %d: %d shown and %d more, want 50 in all: %q", w, len(shown), n, got)
		}
		for i, s := range shown {
			if s != parts[i] {
				t.Errorf("at width %d person %d is cut: %q, want %q", w, i, s, parts[i])
			}
		}
	}
}

// TestScreensTickApart: the screens of a served meeting tick spread over
// a fifth of a second, each still once a second and after the whole
// second, so the clock it draws shows the second just begun.
func TestScreensTickApart(t *testing.T) {
	base := time.Date(2026, 5, 1, 10, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		at, lag, want time.Duration
	}{
		{0, 0, time.Second},
		{5 * time.Millisecond, 0, 995 * time.Millisecond},
		{5 * time.Millisecond, 100 * time.Millisecond, 95 * time.Millisecond},
		{100 * time.Millisecond, 100 * time.Millisecond, time.Second},
		{300 * time.Millisecond, 100 * time.Millisecond, 800 * time.Millisecond},
	} {
		if got := untilTick(base.Add(c.at), c.lag); got != c.want {
			t.Errorf("at +%v with lag %v the tick is in %v, want %v", c.at, c.lag, got, c.want)
		}
	}
	r := openRoom(t, []servetest.Person{servetest.NewPerson(t, "kim", "scribe")}, "well")
	lags := map[time.Duration]bool{}
	for i := range 5 {
		lags[joinedModel(t, r, fmt.Sprintf("v%d", i), model.Viewer).c.tickLag] = true
	}
	if len(lags) != 5 {
		t.Errorf("five screens tick at %d distinct moments", len(lags))
	}
}

// TestViewerRedrawsWhatANewNoteChanges: a viewer's list keeps the notes
// it drew when one is added, yet draws again what the new note changes:
// a why under a weak factor takes the factor's hint away.
func TestViewerRedrawsWhatANewNoteChanges(t *testing.T) {
	r := openRoom(t, []servetest.Person{servetest.NewPerson(t, "kim", "scribe")}, "poorly")
	m := joinedModel(t, r, "val", model.Viewer)
	seq := len(m.Events())
	add := func(ev model.Event) {
		seq++
		ev.Seq, ev.At, ev.Kind, ev.Note, ev.Phase, ev.Author = seq, time.Now().UTC(), model.NoteAdded, seq, "poorly", "kim"
		m.Update(serve.EventsMsg{Events: []model.Event{ev}})
	}
	add(model.Event{Text: "the deploy went out on friday"})
	add(model.Event{Text: "human error", Section: model.SectionFactor})
	factor := seq
	if f := frame(m); !strings.Contains(f, "weak factor") || !strings.Contains(f, "human error") ||
		!strings.Contains(f, "1 open flag") {
		t.Fatalf("the weak factor, its hint and the agenda's flag count should show:\n%s", f)
	}
	add(model.Event{Text: "the runbook skipped the canary step", Parent: factor, Section: model.SectionWhy})
	f := frame(m)
	if strings.Contains(f, "weak factor") {
		t.Errorf("a why under the factor should take its hint away:\n%s", f)
	}
	// The flagged factor's question for the room takes a row of its own.
	for _, want := range []string{"more above", "skipped the canary"} {
		if !strings.Contains(f, want) {
			t.Errorf("the viewer's screen lost %q:\n%s", want, f)
		}
	}
}
