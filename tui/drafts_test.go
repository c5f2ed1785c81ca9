package tui

import (
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/model"
)

// boxText is what the note box holds.
func boxText(m *Model) string { return m.meeting.box.box.Value() }

// resume opens the session again from what the store holds, as
// debrief resume does.
func resume(t *testing.T, m *Model, st *memStore) *Model {
	t.Helper()
	st.Append(m.Pending()...)
	r, err := New(Options{Now: m.now, Store: st, Events: st.events})
	if err != nil {
		t.Fatal(err)
	}
	send(r, tea.WindowSizeMsg{Width: 100, Height: 30})
	return r
}

func TestDraftSurvivesNextAndPreviousPhase(t *testing.T) {
	m, _, _ := started(t)
	typeKeys(m, "We agreed on the ground ru")
	send(m, ctrl('n'))
	if p, _ := m.state.Phase(); p.ID != "impact" || boxText(m) != "" {
		t.Fatalf("after ctrl+n: phase %s, box %q", p.ID, boxText(m))
	}
	typeKeys(m, "22% of checkouts fa")
	send(m, ctrl('p'))
	if got := boxText(m); got != "We agreed on the ground ru" {
		t.Fatalf("back in the opening the box holds %q", got)
	}
	send(m, ctrl('n'))
	if got := boxText(m); got != "22% of checkouts fa" {
		t.Fatalf("back in impact the box holds %q", got)
	}
	// Committing the text uses the draft up: it does not come back.
	send(m, enter, ctrl('p'), ctrl('n'))
	if got := boxText(m); got != "" {
		t.Fatalf("a committed draft came back: %q", got)
	}
	if got := notesIn(m.state, "impact"); !slices.Equal(got, []string{"22% of checkouts fa"}) {
		t.Fatalf("impact notes %q", got)
	}
}

func TestDraftSurvivesQuitAndResume(t *testing.T) {
	m, _, st := started(t)
	send(m, ctrl('n'), ctrl('n'))
	typeKeys(m, "09:14 Deploy v2.31.4 to pro")
	send(m, ctrl('c'))
	if !m.DraftKept() {
		t.Fatal("ctrl+c did not keep the text being typed")
	}
	st.Append(m.Pending()...)
	evs := st.events
	if n := len(evs); n < 2 || evs[n-2].Kind != model.DraftSaved || evs[n-1].Kind != model.SessionClosed {
		t.Fatalf("quit wrote %v", kinds(evs))
	}
	r := resume(t, m, st)
	if got := boxText(r); got != "09:14 Deploy v2.31.4 to pro" {
		t.Fatalf("resumed box %q", got)
	}
	mustContain(t, plain(r), "09:14 Deploy v2.31.4 to pro", "unfinished text is back")
}

func TestDraftSurvivesACrashAfterAPauseInTyping(t *testing.T) {
	m, _, st := started(t)
	send(m, ctrl('n'))
	typeKeys(m, "Some checkouts fail")
	stale := draftTickMsg{gen: m.meeting.box.gen - 1}
	send(m, stale)
	if _, ok := m.state.DraftOf("impact"); ok {
		t.Fatal("a tick armed before the last key recorded a draft")
	}
	// The pause: the tick armed by the last key arrives.
	send(m, draftTickMsg{gen: m.meeting.box.gen})
	st.Append(m.Pending()...)
	// The process dies here: no quit, no close. Resume reads the file.
	r, err := New(Options{Now: m.now, Store: st, Events: st.events})
	if err != nil {
		t.Fatal(err)
	}
	if got := boxText(r); got != "Some checkouts fail" {
		t.Fatalf("after a crash the box holds %q", got)
	}
}

func TestDraftOfAnEditComesBackAsTheEdit(t *testing.T) {
	m, _, st := started(t)
	note(m, "We read the Prime Directive")
	send(m, esc, keyRune('e'), ctrl('u'))
	typeKeys(m, "We read the Prime Directive aloud and agr")
	send(m, ctrl('c'))
	r := resume(t, m, st)
	if r.meeting.box.target != model.DraftEdit || r.meeting.box.targetNote != 1 {
		t.Fatalf("resumed as %s of #%d", r.meeting.box.target, r.meeting.box.targetNote)
	}
	send(r, enter)
	if n, _ := r.state.Note(1); n.Text != "We read the Prime Directive aloud and agr" {
		t.Fatalf("note 1 is %q", n.Text)
	}
}

func kinds(evs []model.Event) []model.Kind {
	var out []model.Kind
	for _, ev := range evs {
		out = append(out, ev.Kind)
	}
	return out
}

// Typing arms the debounce: each key asks for a draftTickMsg after
// draftDelay, carrying the generation of the text it saw.
func TestTypingArmsTheDraftDebounce(t *testing.T) {
	var waited time.Duration
	saved := after
	after = func(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd {
		waited = d
		return func() tea.Msg { return fn(time.Time{}) }
	}
	defer func() { after = saved }()
	m, _, _ := started(t)
	_, cmd := m.Update(keyRune('a'))
	var got []draftTickMsg
	var walk func(tea.Msg)
	walk = func(msg tea.Msg) {
		switch msg := msg.(type) {
		case draftTickMsg:
			got = append(got, msg)
		case tea.BatchMsg:
			for _, c := range msg {
				if c != nil {
					walk(peek(c))
				}
			}
		}
	}
	walk(peek(cmd))
	if waited != draftDelay || len(got) != 1 || got[0].gen != m.meeting.box.gen {
		t.Fatalf("debounce: waited %v, ticks %+v (gen %d)", waited, got, m.meeting.box.gen)
	}
	send(m, got[0])
	if d, ok := m.state.DraftOf("opening"); !ok || d.Text != "a" {
		t.Fatalf("the tick did not record the draft: %+v", d)
	}
}

// The flag counts kept event by event agree with the model's count of the
// whole session, which the export uses too.
func TestFlagCountsAgreeWithTheModel(t *testing.T) {
	m, _, _ := started(t)
	toPhase(t, m, "poorly")
	note(m, "Obviously nobody should run migrations at peak")
	note(m, "Tom should have checked the dashboard")
	note(m, "The alert did not exist")
	send(m, esc, keyRune('g'), keyRune('x'), keyRune('G'), keyRune('w'))
	note(m, "It was simply human error")
	send(m, keyRune('k'), keyRune('d'), keyRune('u'), keyRune('d'))
	want := m.state.OpenFlags(func(text string) []string {
		var rules []string
		for _, f := range m.meeting.flags.checker.Check(text) {
			rules = append(rules, f.Rule)
		}
		return rules
	})
	b := m.meeting.flags
	if want.Total == 0 {
		t.Fatal("the meeting raised no flags to count")
	}
	if b.total != want.Total || len(b.open) != len(want.ByNote) {
		t.Fatalf("screen counts %d on %d notes, model %d on %d", b.total, len(b.open), want.Total, len(want.ByNote))
	}
	for id, n := range want.ByNote {
		if b.open[id] != n {
			t.Errorf("note %d: screen %d, model %d", id, b.open[id], n)
		}
	}
	for p, n := range want.ByPhase {
		if b.byPhase[p] != n {
			t.Errorf("phase %s: screen %d, model %d", p, b.byPhase[p], n)
		}
	}
}

// What is typed in a form survives ctrl+n and ctrl+c too: a valid form is
// saved on the way; one that cannot be saved keeps the phase and says why.
func TestFormsAreSavedByPhaseChangeAndQuit(t *testing.T) {
	m, _, _ := started(t)
	toPhase(t, m, "impact")
	send(m, esc, keyRune('m'))
	typeKeys(m, "29 min")
	send(m, ctrl('n'))
	if m.state.Impact["duration"] != "29 min" || m.state.CurrentPhaseID() != "timeline" {
		t.Fatalf("ctrl+n in the figures form: impact %v, phase %s", m.state.Impact, m.state.CurrentPhaseID())
	}
	toPhase(t, m, "actions")
	note(m, "Add pool alert @alice")
	send(m, esc, keyRune('e'))
	pause(m)
	m.meeting.form.focus = 2
	typeKeys(m, "someday")
	send(m, ctrl('n'))
	if m.state.Ended() || m.meeting.form == nil {
		t.Fatal("ctrl+n dropped a form that cannot be saved")
	}
	mustContain(t, plain(m), "not saved yet")
	send(m, ctrl('u'))
	typeKeys(m, "+7d")
	send(m, ctrl('c'))
	if n, _ := m.state.Note(1); !strings.Contains(n.Text, "due:") {
		t.Fatalf("ctrl+c dropped the form: %q", n.Text)
	}
}

// A new note half typed is set aside, not lost, while an edit or a why
// takes the box, and it comes back when that is saved or cancelled, and
// after a crash in between.
func TestUnfinishedNoteIsSetAsideForAnEdit(t *testing.T) {
	m, _, st := started(t)
	toPhase(t, m, "poorly")
	note(m, "The alert did not exist")
	typeKeys(m, "Staging runs a tenth of the")
	send(m, esc, keyRune('e'), ctrl('u'))
	typeKeys(m, "The pool alert did not exist")
	send(m, enter)
	if n, _ := m.state.Note(1); n.Text != "The pool alert did not exist" {
		t.Fatalf("edit saved %q", n.Text)
	}
	if got := boxText(m); got != "Staging runs a tenth of the" {
		t.Fatalf("after the edit the box holds %q", got)
	}
	// A why started and the program stopped: both come back.
	send(m, keyRune('w'))
	typeKeys(m, "Nobody owned the")
	send(m, ctrl('c'))
	r := resume(t, m, st)
	if r.meeting.box.target != model.DraftWhy || boxText(r) != "Nobody owned the" {
		t.Fatalf("resumed as %s %q", r.meeting.box.target, boxText(r))
	}
	send(r, esc)
	if got := boxText(r); got != "Staging runs a tenth of the" {
		t.Fatalf("after cancelling the why the box holds %q", got)
	}
}
