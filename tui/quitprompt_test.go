package tui

import (
	"errors"
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/store"
)

// fullStore fails every write while full is set, as a full disk does.
type fullStore struct {
	memStore
	mu    sync.Mutex
	full  bool
	tries int
}

func (s *fullStore) Append(evs ...model.Event) error {
	s.mu.Lock()
	full := s.full
	s.tries++
	s.mu.Unlock()
	if full {
		return errors.New("cannot write: the disk is full")
	}
	return s.memStore.Append(evs...)
}

func (s *fullStore) setFull(on bool) {
	s.mu.Lock()
	s.full = on
	s.mu.Unlock()
}

// fullDisk is a meeting whose disk fills up after it started, with two
// notes typed since.
func fullDisk(t *testing.T) (*Model, *fullStore) {
	t.Helper()
	st := &fullStore{}
	c := &clock{t: meetingStart}
	m, err := New(Options{Now: c.now, Store: st, Setup: model.Setup{Title: "Checkout errors", Service: "payments", Severity: model.SEV2}})
	if err != nil {
		t.Fatal(err)
	}
	send(m, tea.WindowSizeMsg{Width: 80, Height: 24}, ctrl('n'))
	st.setFull(true)
	// Pasted, not typed: each key would retry the full disk once more.
	send(m, tea.PasteMsg{Content: "The pool ran dry at 09:14"}, enter)
	send(m, tea.PasteMsg{Content: "Retries doubled the load"}, enter)
	if m.saveErr == nil || len(m.pending) == 0 {
		t.Fatalf("the failing store was not noticed: err %v, pending %d", m.saveErr, len(m.pending))
	}
	return m, st
}

// unsettledView is the view as it stands, without settling the writes (plain's
// settle would pretend the full disk took them).
func unsettledView(m *Model) string { return ansi.Strip(m.View().Content) }

func isQuit(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	switch msg := peek(cmd).(type) {
	case tea.QuitMsg:
		return true
	case tea.BatchMsg:
		for _, c := range msg {
			if isQuit(c) {
				return true
			}
		}
	}
	return false
}

func TestQuitWithUnsavedChangesAsksFirst(t *testing.T) {
	m, _ := fullDisk(t)
	_, cmd := m.Update(ctrl('c'))
	if isQuit(cmd) || m.quitting || m.ask == nil {
		t.Fatal("ctrl+c quit with changes the disk did not take")
	}
	s := unsettledView(m)
	mustContain(t, s, "Quit?", "Not saved yet:", "new notes", "the disk is full",
		"r/esc", "stay in the meeting", "q/ctrl+c", "rescue copy")
	if dir := m.ask.dirs[0]; !strings.Contains(strings.Join(strings.Fields(s), ""), strings.Join(strings.Fields(dir), "")) {
		t.Errorf("the prompt does not say the rescue copy goes to %s:\n%s", dir, s)
	}
	// Other keys leave the question open and type nothing.
	send(m, keyRune('x'))
	if m.ask == nil || strings.Contains(m.meeting.box.box.Value(), "x") {
		t.Error("a stray key closed the question or reached the box")
	}
	// Staying keeps the meeting; ctrl+c asks again, and ctrl+c confirms.
	send(m, esc)
	if m.ask != nil || m.quitting {
		t.Fatal("esc did not keep the meeting going")
	}
	_, cmd = m.Update(ctrl('c'))
	if isQuit(cmd) {
		t.Fatal("ctrl+c after staying quit without asking")
	}
	_, cmd = m.Update(ctrl('c'))
	if !isQuit(cmd) || !m.quitting {
		t.Fatal("ctrl+c twice did not quit")
	}
	if len(m.Pending()) < 2 {
		t.Errorf("the unsaved notes are not left for the rescue copy: %d pending", len(m.Pending()))
	}
}

// changedStore fails every write as a session file moved or edited by
// another program does.
type changedStore struct{ memStore }

func (s *changedStore) Append(evs ...model.Event) error {
	return &store.Error{Op: "write", Path: "s.debrief.yaml", Err: store.ErrChanged,
		Why: "the session file was changed by another program"}
}

// A session file taken over by another program will not take a retry:
// the question does not promise one, or ask for room on the disk.
func TestQuitPromptDoesNotPromiseARetryForAChangedFile(t *testing.T) {
	st := &changedStore{}
	c := &clock{t: meetingStart}
	m, err := New(Options{Now: c.now, Store: st, Setup: model.Setup{Title: "Checkout errors", Service: "payments", Severity: model.SEV2}})
	if err != nil {
		t.Fatal(err)
	}
	send(m, tea.WindowSizeMsg{Width: 80, Height: 24}, ctrl('n'))
	send(m, tea.PasteMsg{Content: "The pool ran dry at 09:14"}, enter)
	if m.saveErr == nil {
		t.Fatal("the changed file was not noticed")
	}
	send(m, ctrl('c'))
	s := strings.Join(strings.Fields(unsettledView(m)), " ")
	for _, want := range []string{"Trying again will not help", "rescue"} {
		if !strings.Contains(s, want) {
			t.Errorf("the question does not say %q:\n%s", want, s)
		}
	}
	for _, untrue := range []string{"keeps trying", "Make room"} {
		if strings.Contains(s, untrue) {
			t.Errorf("the question says %q for a file no retry can write:\n%s", untrue, s)
		}
	}
}

// A failed write waits for the retry tick: typing on does not spin
// against the full disk.
func TestFailedSaveWaitsForTheRetry(t *testing.T) {
	m, st := fullDisk(t)
	before := st.tries
	typeKeys(m, "more words")
	if st.tries != before {
		t.Errorf("typing tried the full disk %d more times before the retry", st.tries-before)
	}
	send(m, retrySaveMsg{})
	if st.tries != before+1 {
		t.Errorf("the retry tried %d times, want 1", st.tries-before)
	}
	if s := unsettledView(m); !strings.Contains(s, "✗ not saved") {
		t.Errorf("the header does not say the changes are not saved:\n%s", s)
	}
}

func TestQuitPromptQConfirms(t *testing.T) {
	m, _ := fullDisk(t)
	m.Update(ctrl('c'))
	if _, cmd := m.Update(keyRune('q')); !isQuit(cmd) {
		t.Fatal("q did not quit")
	}
}

func TestQuitPromptSaysWhenTheDiskTookItAll(t *testing.T) {
	m, st := fullDisk(t)
	m.Update(ctrl('c'))
	st.setFull(false)
	m.saving = false // the write ctrl+c started failed
	m.retryWait = true
	send(m, retrySaveMsg{})
	mustContain(t, unsettledView(m), "Everything is saved now")
	if len(st.events) != len(m.events) {
		t.Errorf("store holds %d of %d events", len(st.events), len(m.events))
	}
}

func TestQuitWithEverythingSavedDoesNotAsk(t *testing.T) {
	m, _, _ := started(t)
	note(m, "The pool ran dry")
	if _, cmd := m.Update(ctrl('c')); !isQuit(cmd) || m.ask != nil {
		t.Fatal("ctrl+c with everything saved did not quit at once")
	}
}

func TestQuitPromptShowsTheMeetingBehind(t *testing.T) {
	m, _ := fullDisk(t)
	m.Update(ctrl('c'))
	s := unsettledView(m)
	if strings.Count(s, "\n") != 23 || !strings.Contains(s, "debrief [SEV-2]") {
		t.Errorf("the question is not drawn over the meeting at 80x24:\n%s", s)
	}
}
