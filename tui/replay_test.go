package tui

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/export"
	"github.com/debrief-dev/debrief/model"
)

// recordedMeeting walks a short meeting through the real screen and
// returns its log.
func recordedMeeting(t *testing.T) []model.Event {
	m, c, _ := started(t)
	note(m, "We read the Prime Directive")
	c.advance(time.Minute)
	send(m, ctrl('n'))
	note(m, "22% of checkout requests failed for 29 minutes")
	send(m, ctrl('n'))
	note(m, "09:31 Rolled back #mitigated")
	c.advance(30 * time.Second)
	note(m, "09:14 Deploy v2.31.4 #started")
	send(m, ctrl('t'))
	c.advance(2 * time.Minute)
	send(m, ctrl('t'), ctrl('x'), ctrl('n'), ctrl('n'))
	note(m, "Tom should have checked the dashboard")
	send(m, esc, keyRune('f'), keyRune('w'))
	note(m, "The dashboard had no pool panel")
	send(m, keyRune('g'), keyRune('x'), ctrl('p'), ctrl('n'), ctrl('n'))
	note(m, "Add pool alert @alice due:+10d ENG-4421 P1 #detect")
	send(m, esc, keyRune('e'), tab)
	send(m, enter, ctrl('n'), ctrl('c'))
	return m.events
}

// TestReplayStateEqualsLiveFold checks that after every event the
// replay shows exactly the fold of the log so far, whether reached by
// playing forwards, by seeking back, or from the exported Markdown.
func TestReplayStateEqualsLiveFold(t *testing.T) {
	events := recordedMeeting(t)
	md := export.Markdown(mustFold(t, events), events, export.Options{})
	fromMD, _, err := export.ParseMarkdown("postmortem.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	for name, evs := range map[string][]model.Event{"session": events, "export": fromMD} {
		t.Run(name, func(t *testing.T) {
			if len(evs) != len(events) {
				t.Fatalf("%d events, want %d", len(evs), len(events))
			}
			r, err := NewReplay(ReplayOptions{Events: evs, Now: func() time.Time { return meetingStart }})
			if err != nil {
				t.Fatal(err)
			}
			r.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
			check := func(how string, k int) {
				t.Helper()
				want := mustFold(t, events[:k])
				if got := r.State(); !reflect.DeepEqual(got, want) {
					t.Fatalf("%s to %d: replay state differs from the live fold", how, k)
				}
				_ = r.View() // draws without panic at every step
			}
			for k := 1; k <= len(evs); k++ {
				r.Update(keyRune('l')) // step forward
				check("step", min(k+1, len(evs)))
			}
			for k := len(evs) - 1; k >= 1; k-- {
				r.Update(keyRune('h')) // step back
				check("step back", k)
			}
			for _, k := range []int{len(evs) / 2, 3, len(evs), 1} {
				r.Seek(k)
				check(fmt.Sprintf("seek %d", k), k)
			}
		})
	}
}

func TestReplayPlaysAtRecordedPaceTimesSpeed(t *testing.T) {
	events := recordedMeeting(t)
	real := meetingStart
	r, err := NewReplay(ReplayOptions{Events: events, Speed: 60, Now: func() time.Time { return real }})
	if err != nil {
		t.Fatal(err)
	}
	r.Init()
	// A minute of meeting passes in one real second at 60x.
	real = real.Add(time.Second)
	r.Update(replayTickMsg(real))
	want := 0
	for i, ev := range events {
		if !ev.At.After(events[0].At.Add(time.Minute)) {
			want = i + 1
		}
	}
	if r.Position() != want {
		t.Fatalf("after 1s at 60x: at event %d, want %d", r.Position(), want)
	}
	r.Update(keyRune('n'))
	if !isPhaseEvent(events[r.Position()-1]) {
		t.Fatalf("n stopped at %s", events[r.Position()-1].Kind)
	}
}

func mustFold(t *testing.T, evs []model.Event) *model.State {
	t.Helper()
	s, err := model.Fold(evs)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestReplayHintsAreReplaysKeysOnly: at every event of a replayed
// meeting, at 80x24 and 120x40, the meeting shown names no key of the
// live meeting ("esc, then m", "ctrl+p goes back", "ctrl+o"); replay's
// own keys are on its help line.
func TestReplayHintsAreReplaysKeysOnly(t *testing.T) {
	events := recordedMeeting(t)
	r, err := NewReplay(ReplayOptions{Events: events, Now: func() time.Time { return meetingStart }})
	if err != nil {
		t.Fatal(err)
	}
	meetingKeys := []string{"esc, then", "ctrl+", "x on the note", "type the summary", "type below", "(esc", "enter saves"}
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		r.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		for k := 1; k <= len(events); k++ {
			r.Seek(k)
			lines := strings.Split(ansi.Strip(r.View().Content), "\n")
			body := strings.Join(lines[2:len(lines)-3], "\n")
			for _, bad := range meetingKeys {
				if strings.Contains(body, bad) {
					t.Errorf("%dx%d, event %d: replay shows the meeting hint %q:\n%s", size[0], size[1], k, bad, body)
				}
			}
			help := strings.Join(lines[len(lines)-2:], "\n")
			if !strings.Contains(help, "space play/pause") || !strings.Contains(help, "q/esc quit") {
				t.Errorf("%dx%d: replay's help line lacks its keys:\n%s", size[0], size[1], help)
			}
		}
	}
}
