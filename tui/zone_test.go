package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// zoneStep presses ctrl+n and returns the zone command it asked for,
// failing when the zone was checked inside Update instead.
func zoneStep(t *testing.T, m *Model, name string) zoneMsg {
	t.Helper()
	_, cmd := m.Update(ctrl('n'))
	if m.state.Started() {
		t.Fatalf("the meeting started before %q was resolved by a command", name)
	}
	if cmd == nil {
		t.Fatalf("ctrl+n with zone %q returned no command to resolve it", name)
	}
	msg, ok := cmd().(zoneMsg)
	if !ok || msg.name != name {
		t.Fatalf("the command brought %#v, want the zone %q", msg, name)
	}
	return msg
}

// TestSetupZoneIsResolvedByACommand shows the setup screen's zone check
// comes back as a message: a bad zone is named on the form, a good one
// starts the meeting with times read in it.
func TestSetupZoneIsResolvedByACommand(t *testing.T) {
	if _, err := time.LoadLocation("America/Sao_Paulo"); err != nil {
		t.Skip("no tzdata:", err)
	}
	m, _, _ := newTestModel(t)
	m.setup.fields[setupZone].box.SetValue("Mars/Base_Alpha")
	msg := zoneStep(t, m, "Mars/Base_Alpha")
	if msg.err == nil {
		t.Fatal("Mars/Base_Alpha resolved")
	}
	send(m, msg)
	if m.state.Started() {
		t.Fatal("a bad zone started the meeting")
	}
	mustContain(t, plain(m), `Time zone: "Mars/Base_Alpha" is not a zone like Europe/Berlin`)

	// A zone used by no other test, so nothing resolved it before.
	m.setup.fields[setupZone].box.SetValue("America/Sao_Paulo")
	msg = zoneStep(t, m, "America/Sao_Paulo")
	if msg.err != nil || msg.loc.String() != "America/Sao_Paulo" {
		t.Fatalf("America/Sao_Paulo: %v, %v", msg.loc, msg.err)
	}
	send(m, msg)
	if !m.state.Started() {
		t.Fatalf("a resolved zone did not start the meeting: %s", m.setup.err)
	}
	if got := m.state.InputZone().String(); got != "America/Sao_Paulo" {
		t.Errorf("times are typed in %s, want America/Sao_Paulo", got)
	}
}

// TestSetupFormZoneIsResolvedByACommand shows the mid-meeting setup form
// saves a new zone only once the command resolving it has come back.
func TestSetupFormZoneIsResolvedByACommand(t *testing.T) {
	if _, err := time.LoadLocation("Africa/Windhoek"); err != nil {
		t.Skip("no tzdata:", err)
	}
	m, _, _ := started(t)
	send(m, esc, keyRune('a'))
	f := m.meeting.form
	if f == nil || f.kind != formSetup {
		t.Fatal("a did not open the setup form")
	}
	f.fields[setupZone].box.SetValue("Africa/Windhoek")
	_, cmd := m.Update(enter)
	if m.state.Setup.TimeZone != "" {
		t.Fatal("the zone was saved before it was resolved")
	}
	var msg zoneMsg
	for _, c := range zoneCmds(cmd) {
		if z, ok := c().(zoneMsg); ok {
			msg = z
		}
	}
	if msg.name != "Africa/Windhoek" {
		t.Fatalf("enter returned no command resolving the zone")
	}
	send(m, msg)
	if m.state.Setup.TimeZone != "Africa/Windhoek" || m.meeting.form != nil {
		t.Fatalf("setup zone %q after the zone came back, form open %v", m.state.Setup.TimeZone, m.meeting.form != nil)
	}
	if got := m.state.InputZone().String(); got != "Africa/Windhoek" {
		t.Errorf("times are typed in %s, want Africa/Windhoek", got)
	}
}

// zoneCmds lists the commands in cmd, batches opened, ticks left out.
func zoneCmds(cmd tea.Cmd) []tea.Cmd {
	if cmd == nil {
		return nil
	}
	if b, ok := peek(cmd).(tea.BatchMsg); ok {
		var out []tea.Cmd
		for _, c := range b {
			out = append(out, zoneCmds(c)...)
		}
		return out
	}
	return []tea.Cmd{cmd}
}

// TestNoZoneFilesReadOnTheUpdatePath keeps the zone database out of the
// screen's Update and View: only zone.go's command may reach it.
func TestNoZoneFilesReadOnTheUpdatePath(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(src), "LoadLocation") {
			t.Errorf("%s loads a zone; resolve it in a command (resolveZone)", name)
		}
		if name != "zone.go" && (strings.Contains(string(src), "zones.Load") || strings.Contains(string(src), "zones.Resolve")) {
			t.Errorf("%s resolves a zone outside resolveZone's command", name)
		}
	}
}
