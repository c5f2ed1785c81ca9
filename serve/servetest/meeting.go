package servetest

import (
	"net"
	"path/filepath"
	"testing"

	gossh "golang.org/x/crypto/ssh"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/store"
)

// Meeting is a served meeting as its people see it: a session file and
// the address and host key they dial. The hub and server around it are
// built by the caller, which is what keeps serve out of this package.
type Meeting struct {
	// T is the test the meeting belongs to: its failures end it.
	T testing.TB
	// Dir is the test's folder, holding the session file and room for
	// a host key.
	Dir  string
	Path string
	File *store.File
	Addr string
	Host gossh.PublicKey
}

// Server is what Serve needs of a meeting's server; serve's Server has it.
type Server interface {
	Listen() (net.Listener, error)
	Serve(ln net.Listener) error
}

// NewMeeting writes first to a new session file in a fresh folder and
// leaves it open for the caller's hub; the caller closes File.
func NewMeeting(t testing.TB, first []model.Event) *Meeting {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "s.debrief.yaml")
	f, err := store.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Append(first...); err != nil {
		t.Fatal(err)
	}
	return &Meeting{T: t, Dir: dir, Path: path, File: f}
}

// Serve starts srv, which presents host, on the address it was given and
// records where it listens.
func (m *Meeting) Serve(srv Server, host gossh.PublicKey) {
	m.T.Helper()
	ln, err := srv.Listen()
	if err != nil {
		m.T.Fatal(err)
	}
	go srv.Serve(ln)
	m.Addr, m.Host = ln.Addr().String(), host
}

// Dial connects with p's key, without a session yet.
func (m *Meeting) Dial(p Person) (*gossh.Client, error) {
	return Dial(m.Addr, m.Host, p)
}

// Join connects p with a w by h terminal.
func (m *Meeting) Join(p Person, w, h int) *Term {
	m.T.Helper()
	return Join(m.T, m.Addr, m.Host, p, w, h)
}

// Events is the session file as the hub wrote it.
func (m *Meeting) Events() []model.Event {
	m.T.Helper()
	evs, _, err := store.Load(m.Path)
	if err != nil {
		m.T.Fatal(err)
	}
	return evs
}

// CountKind counts the events of kind k.
func CountKind(evs []model.Event, k model.Kind) int {
	n := 0
	for _, ev := range evs {
		if ev.Kind == k {
			n++
		}
	}
	return n
}
