package tui

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// updating reports whether -update was given (the flag is teatest's,
// which the end-to-end test links in).
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// golden compares the screen, without styling, with testdata/name.golden.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if updating() {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./tui -run Golden -update)", err)
	}
	if string(want) != got {
		wl, gl := strings.Split(string(want), "\n"), strings.Split(got, "\n")
		for i := range max(len(wl), len(gl)) {
			var w, g string
			if i < len(wl) {
				w = wl[i]
			}
			if i < len(gl) {
				g = gl[i]
			}
			if w != g {
				t.Fatalf("%s differs at line %d (run go test ./tui -run Golden -update and review the diff)\nwant: %q\n got: %q\n\n%s",
					path, i+1, w, g, got)
			}
		}
	}
}

// goldenMeeting is a meeting in the phase that shows most: what didn't go
// well, with a factor, a why, a lucky note and a parked one.
func goldenMeeting(t *testing.T) *Model {
	m, c, _ := started(t)
	note(m, "We read the Prime Directive aloud")
	toPhase(t, m, "impact")
	note(m, "Checkout failed for about a fifth of requests for 29 minutes")
	toPhase(t, m, "poorly")
	c.advance(90e9)
	note(m, "Staging runs a tenth of the production connection pool")
	note(m, "The pool saturation alert was never set up for this service")
	note(m, "Traffic was low because it was a holiday")
	send(m, esc, up, keyRune('f'), keyRune('w'))
	note(m, "New services get alerts from a template that has no pool rule")
	send(m, keyRune('G'), keyRune('l'), keyRune('i'))
	typeKeys(m, "Should we move to a managed database")
	send(m, ctrl('l'))
	typeKeys(m, "The runbook did not mention the pool limit")
	return m
}

func TestGoldenViews(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		w, h := size[0], size[1]
		suffix := fmt.Sprintf(".%dx%d", w, h)
		t.Run("meeting"+suffix, func(t *testing.T) {
			m := goldenMeeting(t)
			sized(m, w, h)
			golden(t, "meeting"+suffix, plain(m))
		})
		t.Run("list"+suffix, func(t *testing.T) {
			m := goldenMeeting(t)
			sized(m, w, h)
			send(m, ctrl('u'), esc, up)
			golden(t, "list"+suffix, plain(m))
		})
		t.Run("help"+suffix, func(t *testing.T) {
			m := goldenMeeting(t)
			sized(m, w, h)
			send(m, ctrl('u'), esc, keyRune('?'))
			golden(t, "help"+suffix, plain(m))
		})
		t.Run("flagged"+suffix, func(t *testing.T) {
			m := goldenMeeting(t)
			sized(m, w, h)
			send(m, ctrl('u'))
			typeKeys(m, longFlagged)
			golden(t, "flagged"+suffix, plain(m))
		})
		t.Run("impactform"+suffix, func(t *testing.T) {
			m, _, _ := started(t)
			sized(m, w, h)
			toPhase(t, m, "impact")
			send(m, esc, keyRune('m'))
			typeKeys(m, "29 min")
			send(m, tab)
			golden(t, "impactform"+suffix, plain(m))
		})
		t.Run("actionform"+suffix, func(t *testing.T) {
			m, _, _ := started(t)
			sized(m, w, h)
			toPhase(t, m, "actions")
			note(m, "Add pool saturation alert @alice due:+10d ENG-4421 P1 #detect")
			send(m, esc, keyRune('e'))
			golden(t, "actionform"+suffix, plain(m))
		})
		t.Run("wrapup"+suffix, func(t *testing.T) {
			m := goldenMeeting(t)
			toPhase(t, m, "actions")
			note(m, "Improve awareness @team")
			send(m, ctrl('n'))
			sized(m, w, h)
			golden(t, "wrapup"+suffix, plain(m))
		})
	}
	t.Run("replay.80x24", func(t *testing.T) {
		m := goldenMeeting(t)
		r, err := NewReplay(ReplayOptions{Events: m.events, Name: "golden.debrief.yaml", Now: m.now})
		if err != nil {
			t.Fatal(err)
		}
		r.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		r.Seek(len(m.events))
		golden(t, "replay.80x24", stripView(r.View()))
	})
}

func stripView(v tea.View) string { return ansi.Strip(v.Content) }
