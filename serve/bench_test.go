package serve

import (
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/debrief-dev/debrief/serve/servetest"
)

// BenchmarkKeystrokeToEveryScreen measures, with 50 people connected,
// the time from a scribe's enter key to the note showing on every one of
// the 50 screens (each drawn by a terminal emulator from the SSH stream):
// input parsing, the hub's check, the synced write, the broadcast, 50
// folds and renders, and the SSH transport. It reports the p50, p99 and
// worst of those times.
func BenchmarkKeystrokeToEveryScreen(b *testing.B) { keystrokeToScreens(b, false) }

// BenchmarkKeystrokeToEveryScreenWithAFlood is the same with one more
// client misbehaving throughout: pasting without end, sending escape
// sequences that never finish and resizing as fast as it can.
func BenchmarkKeystrokeToEveryScreenWithAFlood(b *testing.B) { keystrokeToScreens(b, true) }

func keystrokeToScreens(b *testing.B, flood bool) {
	const viewers = 49
	scribe := servetest.NewPerson(b, "bo", "scribe")
	people := []servetest.Person{scribe}
	for i := range viewers {
		people = append(people, servetest.NewPerson(b, fmt.Sprintf("v%02d", i), "viewer"))
	}
	flooder := servetest.NewPerson(b, "fl", "participant")
	m := startMeeting(b, append(people, flooder), false)
	var terms []*servetest.Term
	for _, p := range people {
		terms = append(terms, m.join(p))
	}
	for _, tm := range terms {
		tm.WaitFor(tm.Who + " ")
	}
	sc := terms[0]
	if flood {
		fl := m.join(flooder)
		fl.WaitFor("fl participant")
		stop := make(chan struct{})
		defer close(stop)
		go func() {
			junk := []byte("\x1b]0;" + strings.Repeat("x", 32<<10) + "\x1b[200~" + strings.Repeat("y", 32<<10))
			for {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := fl.Stdin.Write(junk); err != nil {
					return
				}
			}
		}()
		go func() {
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				if err := fl.Sess.WindowChange(20+i%30, 60+i%40); err != nil {
					return
				}
			}
		}()
	}

	// Row 2 is "last NOTE by AUTHOR".
	arrivals := servetest.WatchArrivals(terms, 2)
	arrivals.TimeEnter(b, sc, func(i int) string {
		text := fmt.Sprintf("k%05d", i)
		sc.Send(text)
		sc.WaitFor("draft " + text)
		// Every screen has drawn "bo is typing": the enter is measured
		// on its own.
		for _, tm := range terms {
			tm.WaitFor("typing bo")
		}
		return "last " + text + " by bo"
	})
}

// BenchmarkIdleClientMemory reports the memory (heap and stacks) one
// more idle connected person costs, measured over 50 of them. The SSH
// clients run in the same process, so the figure is an upper bound on
// what the host pays.
func BenchmarkIdleClientMemory(b *testing.B) {
	const n = 50
	var people []servetest.Person
	for i := range n {
		people = append(people, servetest.NewPerson(b, fmt.Sprintf("v%02d", i), "viewer"))
	}
	for range b.N {
		m := startMeeting(b, people, false)
		before := inUse()
		var clients []*gossh.Client
		for _, p := range people {
			c, err := m.Dial(p)
			if err != nil {
				b.Fatal(err)
			}
			s, _ := c.NewSession()
			s.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{})
			s.Stdout = io.Discard
			s.StdinPipe() // open and silent: an idle person
			if err := s.Shell(); err != nil {
				b.Fatal(err)
			}
			clients = append(clients, c)
		}
		for m.hub.connected() < n {
			time.Sleep(10 * time.Millisecond)
		}
		time.Sleep(200 * time.Millisecond) // first frames drawn
		after := inUse()

		b.ReportMetric(float64(after-before)/n, "B/client")
		for _, c := range clients {
			c.Close()
		}
		m.stop()
	}
}

func inUse() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse + ms.StackInuse
}
