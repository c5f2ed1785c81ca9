package tui

import (
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/model"
)

func init() {
	// Typing in tests arms no real timers: the draft tests send
	// draftTickMsg themselves, as the timer would.
	after = func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil }
	timer = func(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd {
		return func() tea.Msg { return timerMsg{d: d, fire: fn} }
	}
}

// clock is an injected clock the tests move by hand.
type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }

var meetingStart = time.Date(2026, 11, 20, 14, 0, 0, 0, time.UTC)

// memStore keeps appended events in memory, skipping ones already held.
type memStore struct {
	mu     sync.Mutex
	events []model.Event
}

func (s *memStore) Append(evs ...model.Event) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, ev := range evs {
		if ev.Seq > len(s.events) {
			s.events = append(s.events, ev)
		}
	}
	return nil
}

func (s *memStore) Path() string { return "mem.debrief.yaml" }

// newTestModel is a model at the setup screen with a fake clock and size.
func newTestModel(t testing.TB) (*Model, *clock, *memStore) {
	t.Helper()
	c := &clock{t: meetingStart}
	st := &memStore{}
	m, err := New(Options{Now: c.now, Store: st, Setup: model.Setup{
		Title: "Checkout errors after deploy", Service: "payments", Severity: model.SEV2,
		IncidentDate: "2026-11-19",
		Attendees: []model.Attendee{{Name: "Nadia", Role: model.RoleFacilitator}, {Name: "Tom", Role: model.RoleScribe},
			{Name: "Omar", Role: model.RoleOwner}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	m.c.setStyles(true)
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	return m, c, st
}

// started is a test model already in the first phase.
func started(t testing.TB) (*Model, *clock, *memStore) {
	m, c, st := newTestModel(t)
	send(m, ctrl('n'))
	if !m.state.Started() {
		t.Fatalf("ctrl+n did not start the meeting: %s", m.setup.err)
	}
	return m, c, st
}

func ctrl(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Mod: tea.ModCtrl} }
func keyRune(r rune) tea.KeyPressMsg {
	return tea.KeyPressMsg{Code: r, Text: string(r)}
}

var (
	enter = tea.KeyPressMsg{Code: tea.KeyEnter}
	esc   = tea.KeyPressMsg{Code: tea.KeyEscape}
	tab   = tea.KeyPressMsg{Code: tea.KeyTab}
	up    = tea.KeyPressMsg{Code: tea.KeyUp}
)

// send feeds messages to the model as the program would, running any
// command that comes back synchronously when it is a save.
func send(m *Model, msgs ...tea.Msg) {
	for _, msg := range msgs {
		_, cmd := m.Update(msg)
		runSaves(m, cmd)
	}
}

// runSaves executes the save commands a step returned, as the runtime
// would, so the store sees the events.
func runSaves(m *Model, cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	msg := peek(cmd)
	switch msg := msg.(type) {
	case savedMsg:
		_, next := m.Update(msg)
		runSaves(m, next)
	case tea.BatchMsg:
		for _, c := range msg {
			if c == nil {
				continue
			}
			// Ticks would block for a second; only saves matter here.
			if r := peek(c); r != nil {
				if s, ok := r.(savedMsg); ok {
					_, next := m.Update(s)
					runSaves(m, next)
				}
			}
		}
	}
}

// timerMsg is what a timer's command answers in tests: at once, instead
// of after its interval. Tests that want the timer to fire call fire.
type timerMsg struct {
	d    time.Duration
	fire func(time.Time) tea.Msg
}

// peek runs a command and returns its message, or nil when the command
// is a timer, which the tests drive by hand. Every timer answers at
// once, so no wait here depends on how busy the machine is.
func peek(c tea.Cmd) tea.Msg {
	done := make(chan tea.Msg, 1)
	go func() { done <- c() }()
	select {
	case msg := <-done:
		if _, ok := msg.(timerMsg); ok {
			return nil
		}
		return msg
	case <-time.After(10 * time.Second):
		// Only a command that waits on something other than timer gets
		// here; a save on the busiest machine takes far less.
		panic("a command blocked for 10s: does it wait without timer?")
	}
}

// typeKeys types s one key at a time, as a scribe would.
func typeKeys(m *Model, s string) {
	for _, r := range s {
		if r == ' ' {
			send(m, tea.KeyPressMsg{Code: tea.KeySpace, Text: " "})
			continue
		}
		send(m, keyRune(r))
	}
}

// note types s and commits it.
func note(m *Model, s string) {
	typeKeys(m, s)
	send(m, enter)
}

// plain is the view without styling, for assertions and golden files.
func plain(m *Model) string {
	// The runtime ticks every second; the test clock may have moved.
	send(m, tickMsg(m.now()))
	settle(m)
	v := m.View()
	return ansi.Strip(v.Content)
}

func notesIn(s *model.State, phase string) []string {
	var out []string
	for _, id := range s.Notes(phase) {
		n, _ := s.Note(id)
		out = append(out, n.Text)
	}
	return out
}

func mustContain(t *testing.T, got string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("screen lacks %q:\n%s", w, got)
		}
	}
}

// bellOnTick runs the clock's tick at the test clock's time and returns
// the bell command, if it rang.
func bellOnTick(m *Model) tea.Cmd {
	m.c.now = m.now()
	return m.meeting.onTick()
}

// settle finishes any write still under way, as the runtime would before
// a person looks, so the header's save state does not depend on timing.
func settle(m *Model) {
	if n := len(m.pending); n > 0 && m.opt.Store != nil {
		m.opt.Store.Append(m.pending...)
		m.saving = false
		m.Update(savedMsg{seq: m.pending[n-1].Seq})
		m.saving = false
	}
}
