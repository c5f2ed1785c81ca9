package tui

import (
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/vt"
	gossh "golang.org/x/crypto/ssh"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/serve"
	"github.com/debrief-dev/debrief/store"
)

// guest is a person with a key of their own and a role in the keys file.
type guest struct {
	name, role string
	signer     gossh.Signer
}

func newGuest(t testing.TB, name, role string) guest {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return guest{name: name, role: role, signer: s}
}

// room is a served meeting with the real meeting screen, on 127.0.0.1.
type room struct {
	t    testing.TB
	path string
	file *store.File
	hub  *serve.Hub
	srv  *serve.Server
	addr string
	host gossh.PublicKey
}

// openRoom starts a meeting in its first phase and serves it to guests.
func openRoom(t testing.TB, guests []guest, phase string) *room {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "s.debrief.yaml")
	f, err := store.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	ag := agenda.Default()
	now := time.Now().UTC()
	evs := []model.Event{
		{Seq: 1, At: now, Kind: model.SessionCreated, Agenda: &ag, Setup: &model.Setup{Title: "Checkout outage", Severity: model.SEV2}},
		{Seq: 2, At: now, Kind: model.PhaseStarted, Phase: phase},
	}
	if err := f.Append(evs...); err != nil {
		t.Fatal(err)
	}
	hub, err := serve.NewHub(f, evs, serve.HubOptions{Logf: t.Logf})
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, g := range guests {
		lines = append(lines, fmt.Sprintf("role=%s %s %s", g.role,
			strings.TrimSpace(string(gossh.MarshalAuthorizedKey(g.signer.PublicKey()))), g.name))
	}
	keys, err := serve.ParseKeys("keys", []byte(strings.Join(lines, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	hk, err := serve.HostKey(filepath.Join(dir, "host_key"))
	if err != nil {
		t.Fatal(err)
	}
	srv, err := serve.NewServer(hub, Screen(Options{}, model.Policy{}),
		serve.Options{Addr: "127.0.0.1:0", HostKey: hk, Keys: keys, Logf: t.Logf})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := srv.Listen()
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	r := &room{t: t, path: path, file: f, hub: hub, srv: srv, addr: ln.Addr().String(), host: hk.PublicKey()}
	t.Cleanup(func() {
		srv.Close()
		hub.Close()
		f.Close()
	})
	return r
}

// screen is one guest's terminal: an SSH session with a pty, drawn by a
// terminal emulator.
type screen struct {
	t      testing.TB
	who    string
	client *gossh.Client
	stdin  io.WriteCloser
	mu     sync.Mutex
	emu    *vt.Emulator
	// watch is called with the screen after each write, under mu.
	watch func(text string)
}

func (r *room) join(g guest, w, h int) *screen {
	r.t.Helper()
	c, err := gossh.Dial("tcp", r.addr, &gossh.ClientConfig{User: g.name,
		Auth: []gossh.AuthMethod{gossh.PublicKeys(g.signer)}, HostKeyCallback: gossh.FixedHostKey(r.host),
		Timeout: 10 * time.Second})
	if err != nil {
		r.t.Fatalf("%s: dial: %v", g.name, err)
	}
	sc := &screen{t: r.t, who: g.name, client: c, emu: vt.NewEmulator(w, h)}
	sess, err := c.NewSession()
	if err != nil {
		r.t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{}); err != nil {
		r.t.Fatal(err)
	}
	if sc.stdin, err = sess.StdinPipe(); err != nil {
		r.t.Fatal(err)
	}
	out, err := sess.StdoutPipe()
	if err != nil {
		r.t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		r.t.Fatal(err)
	}
	go io.Copy(sc.stdin, emuReader{sc.emu})
	go func() {
		buf := make([]byte, 32<<10)
		for {
			n, err := out.Read(buf)
			if n > 0 {
				sc.mu.Lock()
				sc.emu.Write(buf[:n])
				if sc.watch != nil {
					sc.watch(sc.emu.String())
				}
				sc.mu.Unlock()
			}
			if err != nil {
				return
			}
		}
	}()
	r.t.Cleanup(func() { c.Close() })
	return sc
}

// emuReader reads the emulator's answers to the program's queries: they
// must be read or its writes block.
type emuReader struct{ emu *vt.Emulator }

func (e emuReader) Read(p []byte) (int, error) { return e.emu.Read(p) }

func (sc *screen) text() string {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	return sc.emu.String()
}

func (sc *screen) send(s string) {
	sc.t.Helper()
	if _, err := io.WriteString(sc.stdin, s); err != nil {
		sc.t.Fatalf("%s: write: %v", sc.who, err)
	}
}

// waitFor waits until the screen shows every one of want.
func (sc *screen) waitFor(want ...string) {
	sc.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		s := sc.text()
		ok := true
		for _, w := range want {
			ok = ok && strings.Contains(s, w)
		}
		if ok {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	sc.t.Fatalf("%s's screen never showed %q; it shows:\n%s", sc.who, want, sc.text())
}

// events is the session file as the hub wrote it.
func (r *room) events() []model.Event {
	r.t.Helper()
	evs, _, err := store.Load(r.path)
	if err != nil {
		r.t.Fatal(err)
	}
	return evs
}
