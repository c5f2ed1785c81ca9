package tui_test

import (
	"bytes"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/store"
	"github.com/debrief-dev/debrief/tui"
)

// stepClock is a clock that moves a second each time it is read, so a
// meeting walked by a test takes time without the test sleeping.
type stepClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *stepClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(time.Second)
	return c.t
}

// TestWalkAllSixPhases runs the real program: it starts a meeting, types a
// note in each of the six phases, quits with ctrl+c, then reads the session
// file back and finds every note in its phase.
func TestWalkAllSixPhases(t *testing.T) {
	path := filepath.Join(t.TempDir(), "walk.debrief.yaml")
	f, err := store.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	clk := &stepClock{t: time.Date(2026, 11, 20, 14, 0, 0, 0, time.UTC)}
	m, err := tui.New(tui.Options{Now: clk.now, Store: f, Agenda: agenda.Default(), Setup: model.Setup{
		Title: "Checkout errors after deploy", Service: "payments", Severity: model.SEV2,
		Attendees: []model.Attendee{{Name: "Nadia", Role: model.RoleFacilitator}, {Name: "Tom", Role: model.RoleScribe}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	tm, waitFor := runProgram(t, m, 100, 30)
	waitFor("start the meeting")
	tm.Send(tea.KeyPressMsg{Code: 'n', Mod: tea.ModCtrl})

	want := map[string]string{
		"opening":  "Everyone agreed to the Prime Directive",
		"impact":   "22% of checkout requests failed for 29 minutes",
		"timeline": "09:14 Deploy v2.31.4 to prod #started",
		"well":     "The rollback runbook was accurate and short",
		"poorly":   "Pool utilization had no alert",
		"actions":  "Add pool utilization alert @alice due:+10d ENG-4421 P1 #detect",
	}
	phases := agenda.Default().Phases
	for i, p := range phases {
		waitFor(p.Title)
		tm.Type(want[p.ID])
		tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
		if i < len(phases)-1 {
			tm.Send(tea.KeyPressMsg{Code: 'n', Mod: tea.ModCtrl})
		}
	}
	waitFor("ENG-4421")
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*tui.Model)
	if err := f.Append(final.Pending()...); err != nil {
		t.Fatal(err)
	}
	f.Close()

	events, warnings, err := store.Load(path)
	if err != nil || len(warnings) > 0 {
		t.Fatalf("load: %v %v", err, warnings)
	}
	st, err := model.Fold(events)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range phases {
		var got []string
		for _, id := range st.Notes(p.ID) {
			n, _ := st.Note(id)
			got = append(got, n.Text)
		}
		if !slices.Equal(got, []string{want[p.ID]}) {
			t.Errorf("phase %s: notes %q, want %q", p.ID, got, want[p.ID])
		}
	}
	if last := events[len(events)-1]; last.Kind != model.SessionClosed {
		t.Errorf("last event %s, want %s", last.Kind, model.SessionClosed)
	}
}

// TestDraftSurvivesQuitInTheRealProgram types half a sentence, presses
// ctrl+n, ctrl+p and ctrl+c in the running program, then reads the
// session file: the words are there, kept for the phase they were typed in.
func TestDraftSurvivesQuitInTheRealProgram(t *testing.T) {
	path := filepath.Join(t.TempDir(), "draft.debrief.yaml")
	f, err := store.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	clk := &stepClock{t: time.Date(2026, 11, 20, 14, 0, 0, 0, time.UTC)}
	m, err := tui.New(tui.Options{Now: clk.now, Store: f, Agenda: agenda.Default(), Setup: model.Setup{Title: "Checkout errors"}})
	if err != nil {
		t.Fatal(err)
	}
	tm, waitFor := runProgram(t, m, 80, 24)
	waitFor("start the meeting")
	tm.Send(tea.KeyPressMsg{Code: 'n', Mod: tea.ModCtrl})
	waitFor("Opening statement")
	tm.Type("Everyone agreed to the Prime Dir")
	tm.Send(tea.KeyPressMsg{Code: 'n', Mod: tea.ModCtrl})
	waitFor("Impact to customers")
	tm.Send(tea.KeyPressMsg{Code: 'p', Mod: tea.ModCtrl})
	waitFor("unfinished text is back")
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*tui.Model)
	if err := f.Append(final.Pending()...); err != nil {
		t.Fatal(err)
	}
	f.Close()
	events, _, err := store.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	st, err := model.Fold(events)
	if err != nil {
		t.Fatal(err)
	}
	if d, ok := st.DraftOf("opening"); !ok || d.Text != "Everyone agreed to the Prime Dir" {
		t.Fatalf("draft of the opening: %+v %v", d, ok)
	}
	if !final.DraftKept() {
		t.Fatal("the exit message would not mention the kept text")
	}
}

// runProgram runs m as a whole program at w x h without colour, and gives a
// wait for text on its screen.
func runProgram(t *testing.T, m tea.Model, w, h int) (*teatest.TestModel, func(string)) {
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.ASCII)))
	return tm, func(s string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(s)) },
			teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	}
}
