package tui

import (
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/model"
)

// toPhase moves a started meeting to the phase with id.
func toPhase(t *testing.T, m *Model, id string) {
	t.Helper()
	for range len(m.state.Agenda.Phases) + 1 {
		if m.state.CurrentPhaseID() == id {
			return
		}
		send(m, ctrl('n'))
	}
	t.Fatalf("no phase %s", id)
}

func sized(m *Model, w, h int) { send(m, tea.WindowSizeMsg{Width: w, Height: h}) }

// Defect 2: the figures form keeps every field; tab loses nothing; enter
// saves them all, from any field; the figures show on the impact screen.
func TestImpactFormKeepsEveryFieldAndShowsTheFigures(t *testing.T) {
	m, _, _ := started(t)
	toPhase(t, m, "impact")
	send(m, esc, keyRune('m'))
	typeKeys(m, "29 min")
	send(m, tab)
	typeKeys(m, "22%")
	send(m, tab, tab)
	typeKeys(m, "2400ms")
	send(m, tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift})
	send(m, tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift})
	send(m, enter)
	want := map[string]string{"duration": "29 min", "error_rate": "22%", "latency_p99": "2400ms"}
	for k, v := range want {
		if m.state.Impact[k] != v {
			t.Errorf("impact %s = %q, want %q (all: %v)", k, m.state.Impact[k], v, m.state.Impact)
		}
	}
	if m.meeting.focus != focusList {
		t.Fatalf("saving the form left focus in %v", m.meeting.focus)
	}
	mustContain(t, plain(m), "User-facing duration: 29 min", "Error rate at peak: 22%")
	// esc closes without saving anything.
	n := len(m.events)
	send(m, keyRune('m'), ctrl('u'))
	typeKeys(m, "1 min")
	send(m, esc)
	if len(m.events) != n || m.state.Impact["duration"] != "29 min" {
		t.Fatal("esc saved the form")
	}
}

// Defect 4: esc keeps the note being worked on selected, and a saved why
// returns to the list on it, so "w" again asks of the same chain.
func TestListKeepsTheWorkingSelection(t *testing.T) {
	m, _, _ := started(t)
	toPhase(t, m, "poorly")
	note(m, "The pool size in staging is a tenth of production")
	note(m, "The alert for pool saturation did not exist")
	note(m, "Traffic was low that evening")
	send(m, esc)
	if n, _ := m.meeting.list.selected(); n.ID != 3 {
		t.Fatalf("esc after typing selected #%d, want the newest (#3)", n.ID)
	}
	send(m, up, keyRune('w'))
	note(m, "Nobody owned alerting for new services")
	if m.meeting.focus != focusList {
		t.Fatal("saving a why did not return to the list")
	}
	send(m, keyRune('w'))
	note(m, "Onboarding has no checklist")
	if n, _ := m.meeting.list.selected(); n.Text != "Onboarding has no checklist" {
		t.Fatalf("after saving a why #%d is selected", n.ID)
	}
	if s := plain(m); !regexp.MustCompile(`▶ +↳ why\? Onboarding`).MatchString(s) {
		t.Fatalf("the new why is not the one marked:\n%s", s)
	}
	if w := m.state.Whys(2); len(w) != 1 || len(m.state.Whys(w[0])) != 1 {
		t.Fatalf("whys of #2: %v", w)
	}
	if len(m.state.Whys(3)) != 0 {
		t.Fatal("the why went to the last note")
	}
	// Typing and coming back keeps the selection.
	send(m, keyRune('g'), keyRune('i'), esc)
	if n, _ := m.meeting.list.selected(); n.ID != 1 {
		t.Fatalf("i then esc selected #%d, want #1", n.ID)
	}
}

// Defect 5: the selected note is marked with a glyph and reverse video,
// which a terminal without colour still shows.
func TestSelectedNoteIsMarkedWithoutColour(t *testing.T) {
	m, _, _ := started(t)
	note(m, "first note")
	note(m, "second note")
	send(m, esc, up)
	v := m.View().Content
	var line string
	for _, l := range strings.Split(v, "\n") {
		if strings.Contains(ansi.Strip(l), "first note") {
			line = l
		}
	}
	if !strings.Contains(ansi.Strip(line), "▶ ") {
		t.Fatalf("no glyph on the selected note: %q", ansi.Strip(line))
	}
	if !strings.Contains(line, "\x1b[1;7m") && !strings.Contains(line, "\x1b[7;1m") && !strings.Contains(line, ";7m") && !strings.Contains(line, "[7m") {
		t.Fatalf("no reverse video on the selected note: %q", line)
	}
}

// Defect 7: no "pass" under failing items, and a line says when notes are
// hidden below.
func TestFailingItemsAreNeverCalledPassing(t *testing.T) {
	m, _, _ := started(t)
	toPhase(t, m, "actions")
	note(m, "Improve awareness @team")
	s := plain(m)
	if strings.Contains(s, "pass the checklist") {
		t.Fatalf("a failing item sits under a pass:\n%s", s)
	}
	mustContain(t, s, "checks failing")
	sized(m, 80, 24)
	for i := range 12 {
		note(m, "Add alert number "+string(rune('a'+i))+" @alice due:+7d ENG-1 P1 #detect")
	}
	send(m, esc, keyRune('g'))
	mustContain(t, plain(m), "more below")
}

// Defect 8: the mode is on screen in every mode, and work started from the
// list returns to the list.
func TestModeIsShownAndReturnsAreConsistent(t *testing.T) {
	m, _, _ := started(t)
	toPhase(t, m, "poorly")
	mustContain(t, plain(m), "TYPING")
	note(m, "The deploy went out at peak")
	send(m, esc)
	mustContain(t, plain(m), "NOTES · keys act")
	send(m, keyRune('e'))
	mustContain(t, plain(m), "TYPING · edit #1")
	send(m, esc)
	if m.meeting.focus != focusList {
		t.Fatal("cancelling an edit did not return to the list")
	}
	send(m, keyRune('a'))
	mustContain(t, plain(m), "FORM")
	send(m, esc)
	if m.meeting.focus != focusList {
		t.Fatal("closing a form did not return to the list")
	}
	send(m, keyRune('s'), enter)
	if m.meeting.focus != focusList {
		t.Fatal("saving the summary from the list did not return to it")
	}
}

// Defect 9: f, l and w do nothing in the action items phase and are not
// offered there.
func TestActionPhaseOffersOnlyWhatApplies(t *testing.T) {
	m, _, _ := started(t)
	toPhase(t, m, "actions")
	note(m, "Add pool alert @alice due:+7d ENG-1 P1 #detect")
	send(m, esc)
	n := len(m.events)
	for _, k := range "flw" {
		pause(m) // each key alone: no word starts here
		send(m, keyRune(k))
	}
	if len(m.events) != n {
		t.Fatalf("f/l/w recorded %v", kinds(m.events[n:]))
	}
	if nt, _ := m.state.Note(1); nt.Section != model.SectionNone {
		t.Fatalf("an action item became a %s", nt.Section)
	}
	for _, b := range m.meeting.Help().ShortHelp() {
		if b.Enabled() && (b.Help().Key == "f" || b.Help().Key == "l" || b.Help().Key == "w") {
			t.Errorf("%s offered in the action items phase", b.Help().Key)
		}
	}
}

// Defect 10: after midnight in a non-UTC zone, screen and fold agree that
// 00:03 follows 23:58, and the screen says why a duration is missing.
func TestTimelineAfterMidnightInAZone(t *testing.T) {
	m, _, _ := started(t)
	s := m.state.Setup
	s.TimeZone = "America/New_York"
	// As the setup form would: the zone is resolved by its command first.
	send(m, resolveZone("America/New_York")())
	m.record([]model.Event{{Kind: model.SetupChanged, Setup: &s}})
	toPhase(t, m, "timeline")
	note(m, "23:58 Deploy v2.31.4 #started")
	note(m, "00:03 Checkout errors page the on-call #detected")
	entries := m.state.Timeline()
	if entries[0].Text != "Deploy v2.31.4" || entries[1].At.Sub(entries[0].At) != 5*60e9 {
		t.Fatalf("timeline %+v", entries)
	}
	mustContain(t, plain(m), "time to detect 5m", "to mitigate: mark #mitigated", "04:58  Deploy", "05:03  Checkout")
}

// Defect 11: the full reason is readable in the list, and the wrap-up says
// which notes are open and scrolls at 80x24.
func TestFullReasonsAndAWrapUpThatNamesNotes(t *testing.T) {
	m, _, _ := started(t)
	sized(m, 120, 40)
	toPhase(t, m, "poorly")
	note(m, "Obviously nobody should run migrations at peak")
	s := plain(m)
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "⚑") && strings.Contains(l, "…") {
			t.Fatalf("a flag's reason is cut: %q", l)
		}
	}
	mustContain(t, s, "with what we know now.")
	toPhase(t, m, "actions")
	note(m, "Improve awareness @team")
	send(m, ctrl('n'))
	sized(m, 80, 24)
	s = plain(m)
	mustContain(t, s, "more below")
	send(m, esc)
	seen := s
	for range 6 {
		send(m, tea.KeyPressMsg{Code: tea.KeyPgDown})
		seen += plain(m)
	}
	mustContain(t, seen, "Obviously nobody should run", "Improve awareness", "Time per phase")
}

// Defect 12: the agenda column and the clock grow with the window.
func TestSidebarAndClockScaleWithTheWindow(t *testing.T) {
	m, _, _ := started(t)
	sized(m, 200, 60)
	s := plain(m)
	mustContain(t, s, "Impact to customers / partners")
	big := 0
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "█") {
			big++
		}
	}
	sized(m, 100, 30)
	small := 0
	for _, l := range strings.Split(plain(m), "\n") {
		if strings.Contains(l, "█") {
			small++
		}
	}
	if big <= small {
		t.Fatalf("big clock rows %d at 200x60, %d at 100x30", big, small)
	}
}

// Defect 13: setup changes mid-meeting: a late attendee with a role beyond
// the five, a new severity.
func TestSetupChangesMidMeeting(t *testing.T) {
	m, _, _ := started(t)
	note(m, "We read the Prime Directive")
	send(m, esc, keyRune('a'))
	f := m.meeting.form
	f.focus = setupAttendees
	send(m, ctrl('e'))
	typeKeys(m, ", Eve:liaison, Raj:sme")
	f.focus = setupSeverity
	send(m, tea.KeyPressMsg{Code: tea.KeyLeft, Mod: tea.ModCtrl})
	f.focus = setupStatus
	send(m, tea.KeyPressMsg{Code: tea.KeyLeft, Mod: tea.ModCtrl}) // from the timeline → Resolved
	send(m, enter)
	last := m.events[len(m.events)-1]
	if last.Kind != model.SetupChanged {
		t.Fatalf("last event %s (%s)", last.Kind, m.meeting.status)
	}
	if m.state.Setup.Severity != model.SEV1 || len(m.state.Setup.WithRole(model.RoleLiaison)) != 1 ||
		len(m.state.Setup.WithRole(model.RoleExpert)) != 1 || m.state.Setup.Status != model.IncidentResolved {
		t.Fatalf("setup %+v", m.state.Setup)
	}
	mustContain(t, plain(m), "[SEV-1]")
}

// Defect 16: a placeholder starts in the column typed text does.
func TestPlaceholderAndTextStartInTheSameColumn(t *testing.T) {
	st := NewStyles(true)
	var b noteBox
	b.placeholder = "e.g. 47 min"
	empty := ansi.Strip(b.View(st, 30, 1, true, nil))
	b.SetValue("47 min")
	typed := ansi.Strip(b.View(st, 30, 1, true, nil))
	if !strings.HasPrefix(empty, "[e.g.") || typed[0] != '4' {
		t.Fatalf("placeholder %q, text %q", empty, typed)
	}
}

// Defect 16: ticket keys and dates are never broken across lines.
func TestTicketsAndDatesStayWhole(t *testing.T) {
	m, _, _ := started(t)
	sized(m, 80, 24)
	toPhase(t, m, "actions")
	note(m, "Add the pool saturation alert to the service template @alice due:2026-12-04 ENG-4422 P1 #detect")
	s := plain(m)
	mustContain(t, s, "ENG-4422", "2026-12-04")
}

// Defect 10, on screen: a line rolled past midnight shows its own date.
func TestTimelineShowsTheRolledDate(t *testing.T) {
	m, _, _ := started(t)
	toPhase(t, m, "timeline")
	note(m, "23:58 Deploy v2.31.4 #started")
	note(m, "00:03 Checkout errors page the on-call #detected")
	mustContain(t, plain(m), "11-19 23:58  Deploy", "11-20 00:03  Checkout", "time to detect 5m")
}
