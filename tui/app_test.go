package tui

import (
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
)

func TestSetupStartsMeetingAndRecordsIt(t *testing.T) {
	m, _, st := started(t)
	if got := st.events[0].Kind; got != model.SessionCreated {
		t.Fatalf("first event %s", got)
	}
	if st.events[0].Setup.Title != "Checkout errors after deploy" || len(st.events[0].Agenda.Phases) != 6 {
		t.Fatalf("setup not recorded: %+v", st.events[0].Setup)
	}
	if p, _ := m.state.Phase(); p.ID != "opening" {
		t.Fatalf("phase %q, want opening", p.ID)
	}
}

func TestSetupRefusesABadField(t *testing.T) {
	m, _, _ := newTestModel(t)
	m.setup.fields[setupDate].box.SetValue("2026-02-30")
	send(m, ctrl('n'))
	if m.state.Started() {
		t.Fatal("a bad date started the meeting")
	}
	mustContain(t, plain(m), "Incident date")
}

func TestEnterCommitsNoteInThePhase(t *testing.T) {
	m, _, st := started(t)
	note(m, "We agreed on the Prime Directive")
	send(m, ctrl('n'))
	note(m, "22% of checkout requests failed for 29 minutes")
	if got := notesIn(m.state, "opening"); !slices.Equal(got, []string{"We agreed on the Prime Directive"}) {
		t.Fatalf("opening notes %q", got)
	}
	if got := notesIn(m.state, "impact"); len(got) != 1 {
		t.Fatalf("impact notes %q", got)
	}
	if len(st.events) != len(m.events) || len(m.pending) != 0 {
		t.Fatalf("store has %d of %d events, %d pending", len(st.events), len(m.events), len(m.pending))
	}
	mustContain(t, plain(m), "22% of checkout requests failed")
}

func TestEnterOnEmptyBoxRecordsNothing(t *testing.T) {
	m, _, _ := started(t)
	n := len(m.events)
	send(m, enter)
	typeKeys(m, "   ")
	send(m, enter)
	if len(m.events) != n {
		t.Fatalf("empty notes recorded: %d events", len(m.events)-n)
	}
}

func TestPhasesForwardAndBackAreRecorded(t *testing.T) {
	m, _, _ := started(t)
	send(m, ctrl('n'), ctrl('n'), ctrl('p'))
	var phases []string
	for _, ev := range m.events {
		if ev.Kind == model.PhaseStarted {
			phases = append(phases, ev.Phase)
		}
	}
	if want := []string{"opening", "impact", "timeline", "impact"}; !slices.Equal(phases, want) {
		t.Fatalf("phases %v, want %v", phases, want)
	}
	send(m, ctrl('p'), ctrl('p'))
	if p, _ := m.state.Phase(); p.ID != "opening" {
		t.Fatalf("ctrl+p past the first phase left %q", p.ID)
	}
	for range 6 {
		send(m, ctrl('n'))
	}
	if !m.state.Ended() {
		t.Fatal("ctrl+n after the last phase did not reach the wrap-up")
	}
	mustContain(t, plain(m), "Wrap-up", "Time per phase")
}

func TestPasteArrivesWholeAndInert(t *testing.T) {
	m, _, _ := started(t)
	long := strings.Repeat("the pool was exhausted and ", 40) + "\x1b[31mred\x1b[0m \x07bell \u009b2J"
	send(m, tea.PasteMsg{Content: long}, enter)
	got := notesIn(m.state, "opening")
	if len(got) != 1 {
		t.Fatalf("notes %q", got)
	}
	if strings.ContainsAny(got[0], "\x1b\x07\u009b") {
		t.Fatalf("control characters kept: %q", got[0])
	}
	if !strings.HasPrefix(got[0], strings.TrimSpace(strings.Repeat("the pool was exhausted and ", 40))) || !strings.HasSuffix(got[0], "red bell 2J") {
		t.Fatalf("paste not whole: %q", got[0])
	}
	if v := m.View().Content; strings.Contains(v, "\x07") || strings.Contains(v, "\x1b[2J") {
		t.Fatal("view passes control sequences through")
	}
}

func TestPastedTimelineLinesBecomeNotesInTimeOrder(t *testing.T) {
	m, _, _ := started(t)
	send(m, ctrl('n'), ctrl('n'))
	send(m, tea.PasteMsg{Content: "09:31 Rolled back #mitigated\n09:14 Deploy v2.31.4 #started\n"}, enter)
	note(m, "09:17 PagerDuty fires #detected")
	var order []string
	for _, e := range m.state.Timeline() {
		order = append(order, e.Text)
	}
	if want := []string{"Deploy v2.31.4", "PagerDuty fires", "Rolled back"}; !slices.Equal(order, want) {
		t.Fatalf("timeline %q, want %q", order, want)
	}
	s := plain(m)
	mustContain(t, s, "time to detect 3m", "to mitigate 17m")
	if strings.Index(s, "Deploy v2.31.4") > strings.Index(s, "Rolled back") {
		t.Fatalf("timeline not sorted on screen:\n%s", s)
	}
}

func TestTimeToDetectAppearsAfterDetectedMarker(t *testing.T) {
	m, _, _ := started(t)
	send(m, ctrl('n'), ctrl('n'))
	note(m, "09:14 Deploy #started")
	if s := plain(m); strings.Contains(s, "time to detect 1") || !strings.Contains(s, "time to detect: mark #detected") {
		t.Fatalf("before #detected the screen should say what is missing:\n%s", s)
	}
	note(m, "09:25 Alert fires #detected")
	mustContain(t, plain(m), "time to detect 11m")
}

func TestEditedTimelineLineMovesIntoPlace(t *testing.T) {
	m, _, _ := started(t)
	send(m, ctrl('n'), ctrl('n'))
	note(m, "09:14 Deploy")
	note(m, "09:20 Alert")
	// Select the first row (09:14) and change its time to after 09:20.
	send(m, esc, up)
	send(m, keyRune('e'), ctrl('u'))
	note(m, "09:40 Deploy")
	var order []string
	for _, e := range m.state.Timeline() {
		order = append(order, e.Text)
	}
	if !slices.Equal(order, []string{"Alert", "Deploy"}) {
		t.Fatalf("after edit: %q", order)
	}
}

func TestFlagShownTakenAndKeptOnNote(t *testing.T) {
	m, _, _ := started(t)
	send(m, ctrl('n'), ctrl('n'), ctrl('n'), ctrl('n'))
	typeKeys(m, "Tom didn't renew the certificate")
	if len(m.meeting.box.findings) == 0 {
		t.Fatal("blameful note not flagged while typed")
	}
	mustContain(t, plain(m), "⚑ individual")
	send(m, tab)
	if got := m.meeting.box.box.Value(); strings.Contains(got, "Tom didn't") {
		t.Fatalf("tab did not take the suggestion: %q", got)
	}
	send(m, ctrl('u'))
	note(m, "Obviously nobody should run migrations at peak")
	if m.meeting.flags.total == 0 || m.meeting.flags.byPhase["poorly"] == 0 {
		t.Fatalf("committed flag not counted: %d", m.meeting.flags.total)
	}
	mustContain(t, plain(m), "1 open flag", "1 in this phase")
	send(m, esc, keyRune('x'))
	if m.meeting.flags.total != 0 {
		t.Fatal("dismiss left the flag open")
	}
	last := m.events[len(m.events)-1]
	if last.Kind != model.FlagDismissed || last.Rule == "" {
		t.Fatalf("dismissal not recorded: %+v", last)
	}
}

func TestListKeysEditDeleteUndoFactorWhyPark(t *testing.T) {
	m, _, _ := started(t)
	send(m, ctrl('n'), ctrl('n'), ctrl('n'), ctrl('n'))
	note(m, "Staging uses a tenth of the production pool size")
	note(m, "We got lucky the failover region had capacity")
	send(m, esc)
	send(m, keyRune('l')) // the last note is lucky
	send(m, up, keyRune('f'), keyRune('w'))
	note(m, "The staging pool size was copied from an old template")
	// Saving a why returns to the list, so w asks why again at once.
	send(m, keyRune('g'), keyRune('w'))
	note(m, "Nobody owns the staging template")
	f, _ := m.state.Note(1)
	if f.Section != model.SectionFactor {
		t.Fatalf("factor section %q", f.Section)
	}
	chain := m.state.Whys(1)
	if len(chain) != 1 || len(m.state.Whys(chain[0])) != 1 {
		t.Fatalf("5-whys chain not nested: %v", chain)
	}
	if n, _ := m.state.Note(2); n.Section != model.SectionLucky {
		t.Fatalf("lucky section %q", n.Section)
	}
	mustContain(t, plain(m), "↳ why? The staging pool size", "↳ why? Nobody owns")

	// Delete the factor (and its whys), then undo.
	send(m, keyRune('g'), keyRune('d'))
	if _, ok := m.state.Note(1); ok || m.state.NoteCount() != 1 {
		t.Fatalf("delete left %d notes", m.state.NoteCount())
	}
	send(m, keyRune('u'))
	if m.state.NoteCount() != 4 || len(m.state.Whys(1)) != 1 {
		t.Fatalf("undo restored %d notes", m.state.NoteCount())
	}

	// Park a tangent straight from the box.
	send(m, esc)
	typeKeys(m, "Should we move to a managed database?")
	send(m, ctrl('l'))
	if p := m.state.Parked(); len(p) != 1 || !strings.Contains(p[0].Text, "managed database") {
		t.Fatalf("parking lot %v", p)
	}
	mustContain(t, plain(m), "parking lot 1")
}

func TestActionItemFieldForm(t *testing.T) {
	m, _, _ := started(t)
	for range 5 {
		send(m, ctrl('n'))
	}
	note(m, "Add pool utilization alert @alice")
	send(m, esc, keyRune('e'))
	if m.meeting.focus != focusForm {
		t.Fatalf("e on an action opened %v", m.meeting.focus)
	}
	f := m.meeting.form
	f.focus = 2
	typeKeys(m, "+10d")
	send(m, tab)
	typeKeys(m, "ENG-4421")
	send(m, tab)
	typeKeys(m, "P1")
	send(m, tab)
	typeKeys(m, "detect")
	send(m, enter)
	n, _ := m.state.Note(1)
	if want := "Add pool utilization alert @alice due:2026-11-30 ENG-4421 P1 #detect"; n.Text != want {
		t.Fatalf("item %q, want %q", n.Text, want)
	}
	send(m, tea.WindowSizeMsg{Width: 130, Height: 30})
	mustContain(t, plain(m), "1. Add pool utilization alert · @alice · due\u00a02026-11-30 · ENG-4421 · P1 · #detect")
}

func TestImpactFiguresForm(t *testing.T) {
	m, _, _ := started(t)
	send(m, ctrl('n'))
	note(m, "Some users were affected")
	mustContain(t, plain(m), "vague impact")
	send(m, esc, keyRune('m'))
	typeKeys(m, "29 min")
	send(m, enter)
	if m.state.Impact["duration"] != "29 min" {
		t.Fatalf("impact %v", m.state.Impact)
	}
}

func TestClockWarnsOverrunsPausesAndExtends(t *testing.T) {
	m, c, _ := started(t)
	send(m, ctrl('n')) // impact, 5 minutes
	c.advance(3*time.Minute + 59*time.Second)
	if cmd := bellOnTick(m); cmd != nil {
		t.Fatal("bell before the warning")
	}
	c.advance(2 * time.Second)
	if cmd := bellOnTick(m); cmd == nil {
		t.Fatal("no bell at the warning")
	}
	mustContain(t, plain(m), "0:59 left", "time is nearly up")
	send(m, ctrl('t'))
	c.advance(10 * time.Minute)
	mustContain(t, plain(m), "paused · 0:59 left")
	send(m, ctrl('t'), ctrl('x'))
	mustContain(t, plain(m), "1:59 left")
	c.advance(3 * time.Minute)
	if st := m.state.Timer().Status(c.now(), m.state.Agenda.WarnBefore(), false); st != agenda.Overtime {
		t.Fatalf("status %v", st)
	}
	mustContain(t, plain(m), "+1:01 over")
}

func TestQuitRecordsClose(t *testing.T) {
	m, _, st := started(t)
	note(m, "a note")
	_, cmd := m.Update(ctrl('c'))
	if cmd == nil {
		t.Fatal("ctrl+c did not quit")
	}
	st.Append(m.Pending()...)
	if last := st.events[len(st.events)-1]; last.Kind != model.SessionClosed {
		t.Fatalf("last event %s", last.Kind)
	}
}

func TestResumeKeepsPhaseAndElapsedTime(t *testing.T) {
	m, c, st := started(t)
	send(m, ctrl('n'), ctrl('n')) // timeline
	c.advance(4 * time.Minute)
	note(m, "09:14 Deploy")
	send(m, ctrl('c'))
	st.Append(m.Pending()...)

	c.advance(3 * time.Hour) // the meeting was continued later
	r, err := New(Options{Now: c.now, Store: st, Events: st.events})
	if err != nil {
		t.Fatal(err)
	}
	r.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	if p, _ := r.state.Phase(); p.ID != "timeline" {
		t.Fatalf("resumed in %q", p.ID)
	}
	if el := r.state.Timer().Elapsed(c.now()); el != 4*time.Minute {
		t.Fatalf("elapsed %v after resume, want 4m", el)
	}
	mustContain(t, plain(r), "11:00 left", "Deploy")
}

func TestEveryLayoutSurvivesTinyAndOddSizes(t *testing.T) {
	m, _, _ := started(t)
	note(m, strings.Repeat("a very long note that wraps ", 20))
	send(m, ctrl('n'), ctrl('n'))
	note(m, "09:14 Deploy #started")
	for _, mode := range []func(){func() {}, func() { send(m, esc) }, func() { send(m, keyRune('?')) }} {
		mode()
		for w := 1; w <= 120; w += 7 {
			for h := 1; h <= 40; h += 3 {
				send(m, tea.WindowSizeMsg{Width: w, Height: h})
				lines := strings.Split(plain(m), "\n")
				if len(lines) > h {
					t.Fatalf("%dx%d: %d lines", w, h, len(lines))
				}
				for _, l := range lines {
					if width := len([]rune(l)); width > w && w > 0 {
						t.Fatalf("%dx%d: line of %d cells: %q", w, h, width, l)
					}
				}
			}
		}
	}
	send(m, esc, tea.WindowSizeMsg{Width: 20, Height: 6})
	mustContain(t, plain(m), "15:00 left", "09:14")
}

func TestTimelineSuggestionKeepsTheTime(t *testing.T) {
	m, _, _ := started(t)
	send(m, ctrl('n'), ctrl('n'))
	typeKeys(m, "09:19 Tom should have rolled back sooner")
	send(m, tab)
	got := m.meeting.box.box.Value()
	if !strings.HasPrefix(got, "09:19 ") || strings.Contains(got, "should have") {
		t.Fatalf("after taking the suggestion: %q", got)
	}
}

func TestWrapUpTakesTheSummaryAndListKeysWorkWithoutNotes(t *testing.T) {
	m, _, _ := started(t)
	send(m, esc)
	if m.meeting.focus != focusList {
		t.Fatal("esc with no notes did not reach the single-key list")
	}
	send(m, esc)
	for range 6 {
		send(m, ctrl('n'))
	}
	typeKeys(m, "Checkout failed for 29 minutes after a deploy exhausted the pool")
	send(m, enter)
	if !strings.HasPrefix(m.state.Summary, "Checkout failed for 29 minutes") {
		t.Fatalf("summary %q", m.state.Summary)
	}
	mustContain(t, plain(m), "summary saved")
	send(m, esc)
	if m.meeting.focus != focusList {
		t.Fatal("esc in the wrap-up did not reach the list")
	}
	send(m, keyRune('r'))
	if !m.state.RiskAccepted {
		t.Fatal("r did not record that the risk is accepted")
	}
}
