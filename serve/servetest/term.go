package servetest

import (
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/vt"
	gossh "golang.org/x/crypto/ssh"
)

// WholeScreen, given to WatchArrivals as the row, watches the whole screen.
const WholeScreen = -1

// Term is one person's terminal: an SSH session with a pty, its output
// drawn by a terminal emulator.
type Term struct {
	t      testing.TB
	Who    string
	Client *gossh.Client
	Sess   *gossh.Session
	Stdin  io.WriteCloser

	mu  sync.Mutex
	emu *vt.Emulator
	// watch is called with watchRow (or the whole screen) after each
	// write, under mu.
	watch    func(text string)
	watchRow int
}

// Join dials addr as p, opens a session with a w by h pty and a shell,
// and draws what arrives; the connection closes when the test ends.
func Join(t testing.TB, addr string, host gossh.PublicKey, p Person, w, h int) *Term {
	t.Helper()
	c, err := Dial(addr, host, p)
	if err != nil {
		t.Fatalf("%s: dial: %v", p.Name, err)
	}
	tm := &Term{t: t, Who: p.Name, Client: c, emu: vt.NewEmulator(w, h)}
	if tm.Sess, err = c.NewSession(); err != nil {
		t.Fatal(err)
	}
	if err := tm.Sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if tm.Stdin, err = tm.Sess.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	out, err := tm.Sess.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := tm.Sess.Shell(); err != nil {
		t.Fatal(err)
	}
	// The emulator answers the program's terminal queries, as a terminal
	// would; its answers must be read or its writes block.
	go io.Copy(tm.Stdin, readerFunc(tm.emu.Read))
	go func() {
		buf := make([]byte, 32<<10)
		for {
			n, err := out.Read(buf)
			if n > 0 {
				tm.mu.Lock()
				tm.emu.Write(buf[:n])
				if tm.watch != nil {
					tm.watch(tm.watched())
				}
				tm.mu.Unlock()
			}
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() { c.Close() })
	return tm
}

type readerFunc func([]byte) (int, error)

func (f readerFunc) Read(p []byte) (int, error) { return f(p) }

// watched is the text watch looks at; the caller holds mu.
func (tm *Term) watched() string {
	if tm.watchRow == WholeScreen {
		return tm.emu.String()
	}
	return tm.row(tm.watchRow)
}

// row is the text of one row of the screen; the caller holds mu.
func (tm *Term) row(y int) string {
	var b strings.Builder
	for x := range tm.emu.Width() {
		if c := tm.emu.CellAt(x, y); c != nil {
			b.WriteString(c.Content)
		}
	}
	return b.String()
}

// setWatch calls f with row y of the screen, or the whole screen for
// WholeScreen, each time the server's output is drawn. f runs on the
// reading goroutine, under the lock locked takes, so it sees every frame.
func (tm *Term) setWatch(y int, f func(text string)) {
	tm.locked(func() { tm.watchRow, tm.watch = y, f })
}

// locked runs f while no output is being drawn or watched.
func (tm *Term) locked(f func()) {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	f()
}

// Screen is the text the screen shows now.
func (tm *Term) Screen() string {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return tm.emu.String()
}

// Send types s.
func (tm *Term) Send(s string) {
	tm.t.Helper()
	if _, err := io.WriteString(tm.Stdin, s); err != nil {
		tm.t.Fatalf("%s: write: %v", tm.Who, err)
	}
}

// WaitFor waits until the screen shows every one of want at once, and
// fails the test if 20 seconds go by first.
func (tm *Term) WaitFor(want ...string) {
	tm.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		s := tm.Screen()
		ok := true
		for _, w := range want {
			ok = ok && strings.Contains(s, w)
		}
		if ok {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	var shown any = want
	if len(want) == 1 {
		shown = want[0]
	}
	tm.t.Fatalf("%s's screen never showed %q; it shows:\n%s", tm.Who, shown, tm.Screen())
}

// Drop cuts the connection without a goodbye, as a closed laptop does.
func (tm *Term) Drop() { tm.Client.Close() }
