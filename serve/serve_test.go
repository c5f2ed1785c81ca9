package serve

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/store"

	"github.com/debrief-dev/debrief/serve/servetest"
)

// TestMeetingOverSSH: a facilitator, two scribes and twenty viewers type
// at once; the file holds every committed note once, in one order, with
// its author, and every viewer's screen ends on the last note.
func TestMeetingOverSSH(t *testing.T) {
	if testing.Short() {
		t.Skip("23 SSH clients")
	}
	ana := servetest.NewPerson(t, "ana", "facilitator")
	scribes := []servetest.Person{servetest.NewPerson(t, "bo", "scribe"), servetest.NewPerson(t, "cy", "scribe")}
	people := append([]servetest.Person{ana}, scribes...)
	var viewers []servetest.Person
	for i := range 20 {
		viewers = append(viewers, servetest.NewPerson(t, fmt.Sprintf("v%02d", i), "viewer"))
	}
	m := startMeeting(t, append(people, viewers...), false)

	fac := m.join(ana)
	var sc, vw []*servetest.Term
	for _, p := range scribes {
		sc = append(sc, m.join(p))
	}
	for _, p := range viewers {
		vw = append(vw, m.join(p))
	}
	for _, tm := range append(append([]*servetest.Term{fac}, sc...), vw...) {
		tm.WaitFor(tm.Who + " ")
	}

	const each = 12
	var wg sync.WaitGroup
	for _, tm := range sc {
		wg.Go(func() {
			for i := range each {
				tm.Send(fmt.Sprintf("%s-%02d\r", tm.Who, i))
			}
		})
	}
	wg.Go(func() {
		for range 3 {
			fac.Send("\x0e") // ctrl+n
		}
	})
	for _, tm := range vw {
		wg.Go(func() { tm.Send("not mine\r\x0e") })
	}
	wg.Wait()

	// The scribes' screens fold the hub's order, so each ends on the
	// same last note; wait for all of them to hold everything.
	want := fmt.Sprintf("notes %d ", len(sc)*each)
	for _, tm := range append(sc, fac) {
		tm.WaitFor(want)
	}
	var last *model.Note
	evs := m.hub.Events()
	st, err := model.Fold(evs)
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range evs {
		if ev.Kind == model.NoteAdded {
			last, _ = st.Note(ev.Note)
		}
	}
	for _, tm := range vw {
		tm.WaitFor(want)
		tm.WaitFor("last " + last.Text + " by " + last.Author)
		tm.WaitFor("notice a viewer cannot record")
	}

	// Everyone committed or dropped what they typed: nobody is shown
	// typing, whatever order their screens' commands ran in.
	for deadline := time.Now().Add(10 * time.Second); m.hub.drafting() > 0; {
		if time.Now().After(deadline) {
			t.Fatalf("%d people still shown typing", m.hub.drafting())
		}
		time.Sleep(5 * time.Millisecond)
	}
	m.stop()
	onDisk, warns, err := store.Load(m.Path)
	if err != nil || len(warns) > 0 {
		t.Fatalf("load: %v %v", err, warns)
	}
	if len(onDisk) != len(evs) {
		t.Fatalf("the file holds %d events, the hub took %d", len(onDisk), len(evs))
	}
	seen := map[string]bool{}
	next := map[string]int{}
	phases := 0
	for i, ev := range onDisk {
		if ev.Seq != i+1 || ev.Kind != evs[i].Kind || ev.Text != evs[i].Text {
			t.Fatalf("event %d on disk differs from the hub's: %+v vs %+v", i+1, ev, evs[i])
		}
		switch ev.Kind {
		case model.NoteAdded:
			if seen[ev.Text] {
				t.Fatalf("note %q recorded twice", ev.Text)
			}
			seen[ev.Text] = true
			author, n, _ := strings.Cut(ev.Text, "-")
			if ev.Author != author {
				t.Fatalf("note %q signed by %q", ev.Text, ev.Author)
			}
			if want := fmt.Sprintf("%02d", next[author]); n != want {
				t.Fatalf("%s's notes out of typing order: %q where %s was next", author, ev.Text, want)
			}
			next[author]++
		case model.PhaseStarted:
			phases++
			if ev.Author != "ana" {
				t.Fatalf("phase started by %q", ev.Author)
			}
		}
	}
	if len(seen) != len(sc)*each || phases != 3 {
		t.Fatalf("%d notes and %d phase changes on disk, want %d and 3", len(seen), phases, len(sc)*each)
	}
}
