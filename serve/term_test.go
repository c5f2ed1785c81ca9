package serve

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
	"github.com/debrief-dev/debrief/store"
)

// person is a test user with a key of their own.
type person struct {
	name, role string
	signer     gossh.Signer
}

func newPerson(t testing.TB, name, role string) person {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return person{name: name, role: role, signer: s}
}

func (p person) keyLine() string {
	return fmt.Sprintf("role=%s %s %s", p.role, strings.TrimSpace(string(gossh.MarshalAuthorizedKey(p.signer.PublicKey()))), p.name)
}

// meeting is a served meeting on 127.0.0.1 with a session file.
type meeting struct {
	t      testing.TB
	path   string
	file   *store.File
	hub    *Hub
	srv    *Server
	addr   string
	hostPK gossh.PublicKey
}

func startMeeting(t testing.TB, people []person, viewers bool) *meeting {
	t.Helper()
	return startMeetingWith(t, people, func(o *Options) { o.Viewers = viewers })
}

// startMeetingWith starts a meeting with options set by set.
func startMeetingWith(t testing.TB, people []person, set func(*Options)) *meeting {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "s.debrief.yaml")
	f, err := store.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	ag := agenda.Default()
	first := []model.Event{{Seq: 1, At: time.Now().UTC(), Kind: model.SessionCreated, Agenda: &ag, Setup: &model.Setup{Title: "pool"}}}
	if err := f.Append(first...); err != nil {
		t.Fatal(err)
	}
	hub, err := NewHub(f, first, HubOptions{Logf: t.Logf})
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, p := range people {
		lines = append(lines, p.keyLine())
	}
	keys, err := ParseKeys("keys", []byte(strings.Join(lines, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	hk, err := HostKey(filepath.Join(dir, "host_key"))
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{Addr: "127.0.0.1:0", HostKey: hk, Keys: keys, Logf: t.Logf}
	set(&opts)
	srv, err := NewServer(hub, newTestScreen, opts)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := srv.Listen()
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	m := &meeting{t: t, path: path, file: f, hub: hub, srv: srv, addr: ln.Addr().String(), hostPK: hk.PublicKey()}
	t.Cleanup(m.stop)
	return m
}

func (m *meeting) stop() {
	m.srv.Close()
	m.hub.Close()
	m.file.Close()
}

// dial connects with p's key, without a session yet.
func (m *meeting) dial(p person) (*gossh.Client, error) {
	return gossh.Dial("tcp", m.addr, &gossh.ClientConfig{
		User:            p.name,
		Auth:            []gossh.AuthMethod{gossh.PublicKeys(p.signer)},
		HostKeyCallback: gossh.FixedHostKey(m.hostPK),
		Timeout:         10 * time.Second,
	})
}

// term is one person's terminal: an SSH session with a pty, its output
// drawn by a terminal emulator.
type term struct {
	t      testing.TB
	who    string
	client *gossh.Client
	sess   *gossh.Session
	stdin  io.WriteCloser

	mu  sync.Mutex
	emu *vt.Emulator
	// watch is called with row watchRow after each write, under mu.
	watch    func(row string)
	watchRow int
}

func (m *meeting) join(p person) *term {
	m.t.Helper()
	c, err := m.dial(p)
	if err != nil {
		m.t.Fatalf("%s: dial: %v", p.name, err)
	}
	tm := &term{t: m.t, who: p.name, client: c, emu: vt.NewEmulator(80, 24)}
	if tm.sess, err = c.NewSession(); err != nil {
		m.t.Fatal(err)
	}
	if err := tm.sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		m.t.Fatal(err)
	}
	if tm.stdin, err = tm.sess.StdinPipe(); err != nil {
		m.t.Fatal(err)
	}
	out, err := tm.sess.StdoutPipe()
	if err != nil {
		m.t.Fatal(err)
	}
	if err := tm.sess.Shell(); err != nil {
		m.t.Fatal(err)
	}
	// The emulator answers the program's terminal queries, as a terminal
	// would; its answers must be read or its writes block.
	go io.Copy(tm.stdin, readerFunc(tm.emu.Read))
	go func() {
		buf := make([]byte, 32<<10)
		for {
			n, err := out.Read(buf)
			if n > 0 {
				tm.mu.Lock()
				tm.emu.Write(buf[:n])
				if tm.watch != nil {
					tm.watch(tm.row(tm.watchRow))
				}
				tm.mu.Unlock()
			}
			if err != nil {
				return
			}
		}
	}()
	m.t.Cleanup(func() { c.Close() })
	return tm
}

type readerFunc func([]byte) (int, error)

func (f readerFunc) Read(p []byte) (int, error) { return f(p) }

// row is the text of one row of the screen; the caller holds mu.
func (tm *term) row(y int) string {
	var b strings.Builder
	for x := range tm.emu.Width() {
		if c := tm.emu.CellAt(x, y); c != nil {
			b.WriteString(c.Content)
		}
	}
	return b.String()
}

func (tm *term) screen() string {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return tm.emu.String()
}

func (tm *term) send(s string) {
	tm.t.Helper()
	if _, err := io.WriteString(tm.stdin, s); err != nil {
		tm.t.Fatalf("%s: write: %v", tm.who, err)
	}
}

// waitFor waits until the screen shows want.
func (tm *term) waitFor(want string) {
	tm.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(tm.screen(), want) {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	tm.t.Fatalf("%s's screen never showed %q; it shows:\n%s", tm.who, want, tm.screen())
}

// drop cuts the connection without a goodbye, as a closed laptop does.
func (tm *term) drop() { tm.client.Close() }
