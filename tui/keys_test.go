package tui

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// helpPages opens the keys sheet and pages through it to the end,
// returning everything it showed.
func helpPages(t *testing.T, m *Model) string {
	t.Helper()
	send(m, tea.KeyPressMsg{Code: tea.KeyF1})
	if !m.helpOpen() {
		t.Fatal("f1 did not open the keys sheet")
	}
	var seen strings.Builder
	prev := ""
	for range 50 {
		s := plain(m)
		if s == prev {
			break
		}
		seen.WriteString(s + "\n")
		prev = s
		send(m, tea.KeyPressMsg{Code: tea.KeyPgDown})
	}
	send(m, esc)
	return seen.String()
}

// sheetItems are the "key desc" pairs the keys sheet lists.
func sheetItems(m *Model) [][2]string {
	var out [][2]string
	for _, g := range m.meeting.Help().groups {
		for _, b := range g.bindings {
			out = append(out, [2]string{b.Help().Key, b.Help().Desc})
		}
	}
	return out
}

// Defect 6: the keys sheet is whole at 80x24 (by scrolling) and at 120x40
// (on one page, nothing cut).
func TestKeysSheetFitsAtCommonSizes(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		m, _, _ := started(t)
		toPhase(t, m, "poorly")
		note(m, "The alert for pool saturation did not exist")
		send(m, esc)
		sized(m, size[0], size[1])
		seen := helpPages(t, m)
		for _, it := range sheetItems(m) {
			re := regexp.MustCompile(regexp.QuoteMeta(it[0]) + ` +` + regexp.QuoteMeta(it[1]))
			if !re.MatchString(seen) {
				t.Errorf("%dx%d: %q %q not readable in the keys sheet:\n%s", size[0], size[1], it[0], it[1], seen)
			}
		}
		if size[0] == 120 {
			send(m, tea.KeyPressMsg{Code: tea.KeyF1})
			if s := plain(m); strings.Contains(s, "…") || strings.Contains(s, "lines 1-") {
				t.Errorf("120x40: the sheet is cut or scrolls:\n%s", s)
			}
		}
	}
}

// Defect 6: the help line in the notes list shows every key that applies,
// and ? (or f1) is offered in every mode.
func TestHelpLineShowsEveryListKeyAndAlwaysTheSheet(t *testing.T) {
	m, _, _ := started(t)
	sized(m, 80, 24)
	toPhase(t, m, "poorly")
	mustContain(t, plain(m), "? all keys")
	typeKeys(m, "a")
	mustContain(t, plain(m), "f1 all keys")
	send(m, ctrl('u'))
	note(m, "Obviously nobody should run migrations at peak")
	note(m, "The pool size in staging is a tenth of production")
	note(m, "Traffic was low that evening")
	send(m, esc, up, keyRune('d'), up)
	s := plain(m)
	for _, b := range m.meeting.list.ShortHelp() {
		if b.Enabled() && !strings.Contains(s, b.Help().Key+" "+b.Help().Desc) {
			t.Errorf("list help lacks %q:\n%s", b.Help().Key+" "+b.Help().Desc, s)
		}
	}
	mustContain(t, s, "? all keys")
	send(m, keyRune('a'))
	mustContain(t, plain(m), "f1 all keys")
}

// readmeKeys are the keys in the first column of README's key tables:
// the meeting's, and replay's (its own screen's) apart.
func readmeKeys(t *testing.T) (meeting, replay []string) {
	t.Helper()
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	i := strings.Index(s, "## Keys in the meeting")
	if i < 0 {
		t.Fatal("README has no key tables")
	}
	s = s[i+3:]
	if j := strings.Index(s, "\n## "); j >= 0 {
		s = s[:j]
	}
	tick := regexp.MustCompile("`([^`]+)`")
	keys := &meeting
	for _, line := range strings.Split(s, "\n") {
		if line == "**Replay**" {
			keys = &replay
		}
		if !strings.HasPrefix(line, "| `") {
			continue
		}
		first := strings.SplitN(line[1:], " | ", 2)[0]
		for _, m := range tick.FindAllStringSubmatch(first, -1) {
			*keys = append(*keys, m[1])
		}
	}
	if len(meeting) < 30 || len(replay) < 5 {
		t.Fatalf("found only %d meeting and %d replay keys in README's tables", len(meeting), len(replay))
	}
	return meeting, replay
}

// Every key in README's tables can be found in the keys sheet shown at
// 80x24.
func TestEveryReadmeKeyIsInTheHelpAt80x24(t *testing.T) {
	m, _, _ := started(t)
	toPhase(t, m, "poorly")
	note(m, "The alert for pool saturation did not exist")
	send(m, esc)
	sized(m, 80, 24)
	seen := ansi.Strip(helpPages(t, m))
	shown := map[string]bool{}
	for _, it := range sheetItems(m) {
		re := regexp.MustCompile(regexp.QuoteMeta(it[0]) + ` +` + regexp.QuoteMeta(it[1]))
		if re.MatchString(seen) {
			shown[it[0]] = true
		}
	}
	meeting, replay := readmeKeys(t)
	for _, k := range meeting {
		if !shown[k] {
			t.Errorf("README key %q is not in the keys sheet at 80x24", k)
		}
	}
	// Replay's keys are on replay's own screen, and only there; scrolling
	// is offered once the notes are more than fit.
	for i := range 12 {
		note(m, fmt.Sprintf("The pool filled up again, time %d", i))
	}
	r, err := NewReplay(ReplayOptions{Events: m.events, Now: m.now})
	if err != nil {
		t.Fatal(err)
	}
	r.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	rs := ansi.Strip(r.View().Content)
	r.Seek(len(m.events))
	rs += ansi.Strip(r.View().Content)
	for _, k := range replay {
		if !strings.Contains(rs, k+" ") {
			t.Errorf("README replay key %q is not on the replay screen at 80x24:\n%s", k, rs)
		}
	}
}

// The keys that must always hold are on the help line while typing, at
// 80x24, in every phase: a facilitator never has to open the keys sheet to
// find how to move on or how to quit with everything saved.
func TestMustHoldKeysOnTheTypingHelpAt80x24(t *testing.T) {
	m, _, _ := started(t)
	sized(m, 80, 24)
	for i := range m.state.Agenda.Phases {
		s := plain(m)
		lines := strings.Split(s, "\n")
		help := strings.Join(lines[len(lines)-4:], "\n")
		next := "ctrl+n next phase"
		if i == len(m.state.Agenda.Phases)-1 {
			next = "ctrl+n wrap-up"
		}
		for _, k := range []string{"enter commit", next, "ctrl+p prev phase", "ctrl+c save & quit"} {
			if !strings.Contains(help, k) {
				t.Errorf("phase %d: %q is not on the help line:\n%s", i, k, help)
			}
		}
		send(m, ctrl('n'))
	}
}
