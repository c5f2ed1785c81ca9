package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestSetupScreenKeepsWhatIsTyped: typing on the setup screen is kept once
// typing pauses (not per key, not when nothing changed), comes back in a
// new setup screen given it, and is forgotten once the meeting's first
// event is saved.
func TestSetupScreenKeepsWhatIsTyped(t *testing.T) {
	var kept []map[string]string
	keep := func(f map[string]string) error { kept = append(kept, f); return nil }
	c := &clock{t: meetingStart}
	m, err := New(Options{Now: c.now, Store: &memStore{}, KeepSetup: keep})
	if err != nil {
		t.Fatal(err)
	}
	run := func(cmd tea.Cmd) {
		if cmd == nil {
			return
		}
		if msg, ok := cmd().(setupKeptMsg); ok {
			m.Update(msg)
		}
	}
	typeKeys(m, "Queue backlog")
	send(m, tab)
	typeKeys(m, "billing")
	_, cmd := m.Update(setupTickMsg{gen: m.keep.gen - 1})
	run(cmd)
	if len(kept) != 0 {
		t.Fatalf("an old tick kept the setup while typing went on: %q", kept)
	}
	_, cmd = m.Update(setupTickMsg{gen: m.keep.gen})
	run(cmd)
	if len(kept) != 1 || kept[0]["title"] != "Queue backlog" || kept[0]["service"] != "billing" {
		t.Fatalf("after the pause kept %q", kept)
	}
	_, cmd = m.Update(setupTickMsg{gen: m.keep.gen})
	run(cmd)
	if len(kept) != 1 {
		t.Fatalf("kept again with nothing changed: %q", kept)
	}
	if f, typed := SetupTyped(m); !typed || f["title"] != "Queue backlog" {
		t.Errorf("SetupTyped: %q %v", f, typed)
	}

	back, err := New(Options{Now: c.now, Store: &memStore{}, KeepSetup: keep, SetupDraft: kept[0]})
	if err != nil {
		t.Fatal(err)
	}
	if got := back.setup.value("title") + "|" + back.setup.value("service"); got != "Queue backlog|billing" {
		t.Errorf("given back, the setup reads %q", got)
	}
	_, cmd = back.Update(ctrl('n'))
	if !back.state.Started() {
		t.Fatal("ctrl+n did not start the meeting")
	}
	var drain func(tea.Cmd)
	drain = func(cmd tea.Cmd) {
		if cmd == nil {
			return
		}
		switch msg := peek(cmd).(type) {
		case tea.BatchMsg:
			for _, c := range msg {
				drain(c)
			}
		case savedMsg:
			_, next := back.Update(msg)
			drain(next)
		case setupKeptMsg:
			back.Update(msg)
		}
	}
	drain(cmd)
	if last := kept[len(kept)-1]; len(kept) != 2 || last != nil {
		t.Errorf("once the meeting is saved the kept setup should be forgotten: %q", kept)
	}
}
