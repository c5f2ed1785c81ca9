package serve

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/serve/servetest"
	"github.com/debrief-dev/debrief/store"
)

// TestMisbehavingClientsHarmNoOne: a dropped connection mid-typing, a
// megabyte paste cut off halfway, a thousand resizes, control sequences
// and a crashing screen; the others' notes keep arriving, every
// committed note is on disk, and the dropped draft comes back.
func TestMisbehavingClientsHarmNoOne(t *testing.T) {
	if testing.Short() {
		t.Skip("several SSH clients")
	}
	bo, cy, pe := servetest.NewPerson(t, "bo", "scribe"), servetest.NewPerson(t, "cy", "scribe"), servetest.NewPerson(t, "pe", "scribe")
	vi, rz, cr := servetest.NewPerson(t, "vi", "viewer"), servetest.NewPerson(t, "rz", "viewer"), servetest.NewPerson(t, "cr", "participant")
	m := startMeeting(t, []servetest.Person{bo, cy, pe, vi, rz, cr}, false)
	tb, tc, tp, tv, tr, tx := m.join(bo), m.join(cy), m.join(pe), m.join(vi), m.join(rz), m.join(cr)
	for _, tm := range []*servetest.Term{tb, tc, tp, tv, tr, tx} {
		tm.WaitFor(tm.Who + " ")
	}

	tb.Send("half a thou")
	tc.WaitFor("typing bo")
	tb.Drop()

	var wg sync.WaitGroup
	wg.Go(func() {
		io := tp.Stdin
		io.Write([]byte("\x1b[200~"))
		chunk := []byte(strings.Repeat("a", 64<<10))
		for range 16 {
			if _, err := io.Write(chunk); err != nil {
				return
			}
		}
	})
	// Cut the paste off partway: the input limit makes a megabyte take
	// seconds to arrive, so a tenth of a second in is mid-paste.
	time.Sleep(100 * time.Millisecond)
	tp.Drop()
	wg.Go(func() {
		for i := range 1000 {
			tr.Sess.WindowChange(20+i%30, 60+i%40)
		}
		tr.Sess.WindowChange(30, 100)
	})
	tx.Send("\x18") // ctrl+x: this screen panics

	for i := range 5 {
		tc.Send(fmt.Sprintf("cy-%d\r", i))
	}
	tc.Send("\x1b[200~evil \x1b[31mred\x07\x1b[201~\r")
	wg.Wait()
	tv.WaitFor("notes 6 ")
	tv.WaitFor("by cy")
	tr.WaitFor("size 100x30")
	// A thousand resizes reached the screen as a few: the first size, and
	// one per 20 ms at most while they poured in.
	var n int
	if _, after, ok := strings.Cut(tr.Screen(), "resizes "); ok {
		fmt.Sscanf(after, "%d.", &n)
	}
	if n < 1 || n > 200 {
		t.Fatalf("1001 window changes reached the screen as %d", n)
	}
	t.Logf("1001 window changes reached the screen as %d", n)

	// The screen that panicked ended its own session, no one else's.
	ended := make(chan error, 1)
	go func() { ended <- tx.Sess.Wait() }()
	select {
	case <-ended:
	case <-time.After(10 * time.Second):
		t.Fatal("the panicked screen's session is still open")
	}

	// The same key back: the draft it left is waiting.
	again := m.join(bo)
	again.WaitFor("draft half a thou")

	m.stop()
	evs, _, err := store.Load(m.Path)
	if err != nil {
		t.Fatal(err)
	}
	notes := map[string]bool{}
	for _, ev := range evs {
		if strings.ContainsAny(ev.Text, "\x1b\x07") {
			t.Fatalf("a control character reached the file: %q", ev.Text)
		}
		if ev.Kind == model.NoteAdded {
			notes[ev.Text] = true
		}
	}
	for i := range 5 {
		if !notes[fmt.Sprintf("cy-%d", i)] {
			t.Fatalf("cy-%d is not on disk: %v", i, notes)
		}
	}
}

// TestHostKilled kills the host with SIGKILL while a scribe types:
// every note the scribe's screen showed as recorded is in the file, and
// the file resumes.
func TestHostKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a host process")
	}
	dir := t.TempDir()
	bo := servetest.NewPerson(t, "bo", "scribe")
	if err := os.WriteFile(filepath.Join(dir, "keys"), []byte(bo.KeyLine()+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestHostChild$")
	cmd.Env = append(os.Environ(), "DEBRIEF_TEST_HOST="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	line, err := bufio.NewReader(out).ReadString('\n')
	addr, ok := strings.CutPrefix(strings.TrimSpace(line), "ADDR ")
	if err != nil || !ok {
		t.Fatalf("the host said %q: %v", line, err)
	}
	hk, err := HostKey(filepath.Join(dir, "host_key"))
	if err != nil {
		t.Fatal(err)
	}
	m := &meeting{Meeting: &servetest.Meeting{T: t, Addr: addr, Host: hk.PublicKey()}}
	tm := m.join(bo)
	tm.WaitFor("bo scribe")
	for i := range 20 {
		tm.Send(fmt.Sprintf("n-%02d\r", i))
	}
	tm.WaitFor("notes 20 ")
	tm.Send("n-20\runfinished")
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	path := filepath.Join(dir, "s.debrief.yaml")
	evs, _, err := store.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, ev := range evs {
		have[ev.Text] = ev.Kind == model.NoteAdded && ev.Author == "bo"
	}
	for i := range 20 {
		if !have[fmt.Sprintf("n-%02d", i)] {
			t.Fatalf("n-%02d was shown as recorded and is not in the file", i)
		}
	}
	f, _, _, err := store.Open(path)
	if err != nil {
		t.Fatalf("resume after the kill: %v", err)
	}
	f.Close()
}

// TestHostChild is the host TestHostKilled runs and kills.
func TestHostChild(t *testing.T) {
	dir := os.Getenv("DEBRIEF_TEST_HOST")
	if dir == "" {
		t.Skip("run by TestHostKilled")
	}
	hub, _ := newHubIn(t, dir)
	keys, err := LoadKeys(filepath.Join(dir, "keys"))
	if err != nil {
		t.Fatal(err)
	}
	hk, err := HostKey(filepath.Join(dir, "host_key"))
	if err != nil {
		t.Fatal(err)
	}
	srv, err := NewServer(hub, newTestScreen, Options{Addr: "127.0.0.1:0", HostKey: hk, Keys: keys})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := srv.Listen()
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("ADDR %s\n", ln.Addr())
	srv.Serve(ln)
}
